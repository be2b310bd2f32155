/*
 * qr.h - QR codes (libqrencode) drawn as inline SVG: crisp on screen and
 * in print, no image request, no JavaScript.
 */
#ifndef LOTSE_QR_H
#define LOTSE_QR_H

#include "base/buf.h"

/* Writes an <svg role="img"> with the QR code of text (error correction
 * level M) and the given accessible label; size in CSS pixels. Returns 0,
 * or -1 when the text does not fit into a QR code. */
int qr_svg(buf *b, const char *text, const char *label, int size);

#endif
