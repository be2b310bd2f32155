/*
 * qr.c - QR code as SVG (see qr.h). One <path> of unit squares, with a
 * quiet zone of four modules as the standard asks.
 */
#include "view/qr.h"

#include <qrencode.h>

#include "view/html.h"

int qr_svg(buf *b, const char *text, const char *label, int size)
{
	QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (!q)
		return -1;
	int w = q->width, total = w + 8;
	html(b,
	     "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
	     "aria-label=\"%s\" width=\"%d\" height=\"%d\" "
	     "viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\" "
	     "class=\"lotse-qr\"><rect width=\"%d\" height=\"%d\" "
	     "fill=\"#fff\"/><path fill=\"#000\" d=\"",
	     label, size, size, total, total, total, total);
	for (int y = 0; y < w; y++)
		for (int x = 0; x < w; x++)
			if (q->data[y * w + x] & 1)
				html(b, "M%d %dh1v1h-1z", x + 4, y + 4);
	HTML_RAW(b, "\"/></svg>");
	QRcode_free(q);
	return 0;
}
