/* fold_text(): labels, options and answers in one form for comparing them
 * when a survey is read.  Characters are decoded and folded by fold.h,
 * the tables of the word scanner of code_text(). */
#include "peersurvey.h"
#include "fold.h"
#include <string.h>

static R_INLINE int fold_is_space(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x1680 ||
        (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
        c == 0x205F || c == 0x3000;
}

/* Bytes of the folded form of c (at most 4), -1 for a space, 0 for a
 * character dropped (combining accents, soft hyphen, variation selectors). */
static R_INLINE int fold_one(uint32_t c, unsigned char *out)
{
    if (fold_is_space(c)) return -1;
    switch (c) {
    case 0x2019: case 0x2018: case 0x201B: case 0xB4: case 0x60:
        out[0] = '\''; return 1;
    case 0x201C: case 0x201D:
        out[0] = '"'; return 1;
    case 0x2013: case 0x2014:
        out[0] = '-'; return 1;
    default:
        break;
    }
    int cls = fold_char_class(c);
    if (cls == CC_IGNORE) return 0;
    if (cls == CC_WORD) {
        /* Greek and Cyrillic capitals: lower case too */
        if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F)) c += 0x20;
        else if (c >= 0x400 && c <= 0x40F) c += 0x50;
        return fold_char(c, out);
    }
    return fold_utf8_put(c, out);
}

/* C_fold_text(x): x a character vector.  Each string in lower case, with
 * the accents of Latin letters removed, typographic quotes and dashes made
 * ASCII, combining accents dropped, and runs of white space (including
 * no-break and typographic spaces) made one space, trimmed at both ends.
 * NA stays NA; the result is UTF-8. */
SEXP C_fold_text(SEXP x)
{
    psv_check_type(x, STRSXP, "x");
    R_xlen_t n = XLENGTH(x);
    SEXP out = PROTECT(Rf_allocVector(STRSXP, n));
    size_t cap = 0;
    unsigned char *buf = NULL;
    for (R_xlen_t r = 0; r < n; r++) {
        if (r % 65536 == 0) R_CheckUserInterrupt();
        SEXP el = STRING_ELT(x, r);
        if (el == NA_STRING) {
            SET_STRING_ELT(out, r, NA_STRING);
            continue;
        }
        if (Rf_getCharCE(el) == CE_BYTES)
            Rf_error("element %lld of 'x' is marked as bytes, not text", (long long) r + 1);
        const unsigned char *s = (const unsigned char *) Rf_translateCharUTF8(el);
        R_xlen_t len = (R_xlen_t) strlen((const char *) s);
        /* a folded character takes no more bytes than it had */
        if ((size_t) len + 1 > cap) {
            cap = 2 * ((size_t) len + 1);
            buf = (unsigned char *) R_alloc(cap, 1);
        }
        R_xlen_t i = 0;
        size_t k = 0;
        int space = 0;
        while (i < len) {
            uint32_t c = fold_utf8_next(s, len, &i);
            if (c == FOLD_BAD)
                Rf_error("element %lld of 'x' is not valid UTF-8", (long long) r + 1);
            unsigned char tmp[4];
            int m = fold_one(c, tmp);
            if (m < 0) { space = k > 0; continue; }
            if (m == 0) continue;
            if (space) { buf[k++] = ' '; space = 0; }
            memcpy(buf + k, tmp, (size_t) m);
            k += (size_t) m;
        }
        SET_STRING_ELT(out, r, Rf_mkCharLenCE((const char *) buf, (int) k, CE_UTF8));
    }
    UNPROTECT(1);
    return out;
}
