/*
 * testutil.h - what every cmocka unit test includes.
 */
#ifndef LOTSE_TESTUTIL_H
#define LOTSE_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the four headers above first. */
#include <cmocka.h>
#include <string.h>

#endif
