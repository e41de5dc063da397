/* Folding of text: the one word scanner of the package.
 *
 * Characters are decoded from UTF-8 (ASCII bytes through 128-entry tables,
 * the rest decoded only above 0x7F), classed (word character, separator,
 * ignorable mark) and folded: lower case, accents of Latin-1 and Latin
 * Extended-A letters removed.  fold_next() cuts a string into words with
 * their folded bytes, character and byte positions and the separator
 * before each.  It is shared by the dictionary compiler and the scanner of
 * code_text() (textcode.c), text_words() (textcode.c) and fold_text(), the
 * folding of labels and answers when a survey is read (fold.c); the reader
 * (read.c) writes UTF-8 with fold_utf8_put(). */
#ifndef PEERSURVEY_FOLD_H
#define PEERSURVEY_FOLD_H

#include <stdint.h>

/* character classes */
#define CC_SEP 0
#define CC_WORD 1
#define CC_IGNORE 2
#define CC_CLAUSE 3             /* separator that also ends a clause */
#define CC_SEGMENT 4            /* separator that ends a segment (a list item) */
#define CC_COLON 5              /* ':' ends a segment; a cue before it governs nothing after */

/* separator before a word: the strongest of the run */
#define SEP_NONE 0
#define SEP_SEGMENT 1
#define SEP_CLAUSE 2
#define SEP_COLON 3             /* a segment break that a cue does not govern across */

#define FOLD_BAD 0xFFFFFFFFu    /* not valid UTF-8 */

/* Folded forms of U+00C0 .. U+017F; NULL is a separator (x, /). */
static const char *const fold_latin[192] = {
    /* C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    /* D0 */ "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
    /* E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    /* F0 */ "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
    /* 100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    /* 110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    /* 120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    /* 130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    /* 140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    /* 150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    /* 160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    /* 170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"
};

/* Class of the ASCII characters. */
static const unsigned char fold_ascii_class[128] = {
    CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP,
    CC_SEP, CC_SEP, CC_CLAUSE, CC_SEP, CC_SEP, CC_CLAUSE, CC_SEP, CC_SEP,
    CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP,
    CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP,
    CC_SEP, CC_CLAUSE, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEGMENT, CC_SEP,
    CC_SEGMENT, CC_SEGMENT, CC_SEP, CC_SEGMENT, CC_SEGMENT, CC_SEP, CC_CLAUSE, CC_SEGMENT,
    CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_COLON, CC_CLAUSE, CC_SEP, CC_SEP, CC_SEP, CC_CLAUSE,
    CC_SEP, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_WORD, CC_SEGMENT, CC_SEP, CC_SEGMENT, CC_SEP, CC_SEP,
    CC_SEP, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD, CC_WORD,
    CC_WORD, CC_WORD, CC_WORD, CC_SEP, CC_SEP, CC_SEP, CC_SEP, CC_SEP,
};

/* Folded ASCII word characters (letters lower-cased, digits); 0 for the
 * rest, and for every byte above 0x7F. */
static const unsigned char fold_ascii_word[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0, 0, 0, 0, 0, 0,
    0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
    0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
};

/* The signs of U+0080 .. U+00BF that are letters and digits ("1\u00aa",
 * "m\u00b2"): the ASCII byte the ordinal indicators and the superscript
 * digits fold to (a, o; 1, 2, 3), 1 for the micro sign (kept as written),
 * 0 for the others. */
static R_INLINE int fold_sign(uint32_t c)
{
    switch (c) {
    case 0xAA: return 'a';
    case 0xBA: return 'o';
    case 0xB9: return '1';
    case 0xB2: return '2';
    case 0xB3: return '3';
    case 0xB5: return 1;
    default: return 0;
    }
}

static R_INLINE int fold_char_class(uint32_t c)
{
    if (c < 0x80) return fold_ascii_class[c];
    if (c < 0xC0) {
        if (c == 0xAD) return CC_IGNORE;                     /* soft hyphen */
        return fold_sign(c) ? CC_WORD : CC_SEP;
    }
    if (c < 0x180) return fold_latin[c - 0xC0] ? CC_WORD : CC_SEP;
    if (c >= 0x2B0 && c <= 0x2FF) return CC_SEP;           /* modifier letters, incl. U+02BC */
    if (c >= 0x300 && c <= 0x36F) return CC_IGNORE;        /* combining accents */
    if (c >= 0x2000 && c <= 0x2BFF) {                     /* punctuation, symbols */
        if (c == 0x2026 || c == 0x2028 || c == 0x2029) return CC_CLAUSE;
        return (c == 0x2013 || c == 0x2014) ? CC_SEGMENT : CC_SEP;   /* en, em dash */
    }
    if (c >= 0x2E00 && c <= 0x2E7F) return CC_SEP;
    if (c >= 0x3000 && c <= 0x303F) return CC_SEP;
    if (c >= 0xFE00 && c <= 0xFE0F) return CC_IGNORE;      /* variation selectors */
    if (c >= 0xFE10 && c <= 0xFE6F) return CC_SEP;
    if (c >= 0xFEFF && c <= 0xFF0F) return CC_SEP;
    if (c >= 0xFFF0 && c <= 0xFFFF) return CC_SEP;
    if (c >= 0x1F000 && c <= 0x1FAFF) return CC_SEP;       /* emoji */
    return CC_WORD;
}

/* Decode one UTF-8 character at s[*i] (n bytes); returns the code point
 * and moves *i past it, or returns FOLD_BAD when the bytes are not valid
 * UTF-8. */
static R_INLINE uint32_t fold_utf8_next(const unsigned char *s, R_xlen_t n, R_xlen_t *i)
{
    unsigned char b = s[*i];
    uint32_t c;
    int k;
    if (b < 0x80) { (*i)++; return b; }
    if (b >= 0xC2 && b <= 0xDF) { c = b & 0x1F; k = 1; }
    else if (b >= 0xE0 && b <= 0xEF) { c = b & 0x0F; k = 2; }
    else if (b >= 0xF0 && b <= 0xF4) { c = b & 0x07; k = 3; }
    else return FOLD_BAD;
    if (*i + k >= n) return FOLD_BAD;      /* truncated */
    for (int j = 1; j <= k; j++) {
        unsigned char d = s[*i + j];
        if ((d & 0xC0) != 0x80) return FOLD_BAD;
        c = (c << 6) | (d & 0x3F);
    }
    if ((k == 2 && c < 0x800) || (k == 3 && (c < 0x10000 || c > 0x10FFFF)) ||
        (c >= 0xD800 && c <= 0xDFFF))
        return FOLD_BAD;
    *i += k + 1;
    return c;
}

/* UTF-8 bytes of code point c: writes 1 to 4 bytes, returns the count. */
static R_INLINE int fold_utf8_put(uint32_t c, unsigned char *out)
{
    if (c < 0x80) { out[0] = (unsigned char) c; return 1; }
    if (c < 0x800) {
        out[0] = (unsigned char) (0xC0 | (c >> 6));
        out[1] = (unsigned char) (0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (unsigned char) (0xE0 | (c >> 12));
        out[1] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
        out[2] = (unsigned char) (0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (unsigned char) (0xF0 | (c >> 18));
    out[1] = (unsigned char) (0x80 | ((c >> 12) & 0x3F));
    out[2] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
    out[3] = (unsigned char) (0x80 | (c & 0x3F));
    return 4;
}

/* Folded bytes of a word character c: writes up to 4 bytes (never more
 * than c takes in UTF-8), returns the count.  Letters outside Latin-1 and
 * Latin Extended-A are kept as written. */
static R_INLINE int fold_char(uint32_t c, unsigned char *out)
{
    if (c < 0x80) {
        out[0] = (unsigned char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
        return 1;
    }
    if (c < 0xC0 && fold_sign(c) > 1) {
        out[0] = (unsigned char) fold_sign(c);
        return 1;
    }
    if (c >= 0xC0 && c < 0x180) {
        const char *f = fold_latin[c - 0xC0];
        int k = 0;
        while (f[k]) { out[k] = (unsigned char) f[k]; k++; }
        return k;
    }
    return fold_utf8_put(c, out);
}

static R_INLINE int fold_is_alnum(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
}

/* The separator pending before the next word once a character of class
 * cls is read: clause over colon over segment. */
static R_INLINE int fold_sep(int pending, int cls)
{
    if (cls == CC_CLAUSE) return SEP_CLAUSE;
    if (cls == CC_COLON && pending != SEP_CLAUSE) return SEP_COLON;
    if (cls == CC_SEGMENT && pending == SEP_NONE) return SEP_SEGMENT;
    return pending;
}

/* Class of the ASCII byte at s[i]: a hyphen followed by a space is a dash
 * between list items. */
static R_INLINE int fold_ascii_cls(const unsigned char *s, R_xlen_t n, R_xlen_t i)
{
    unsigned char b = s[i];
    if (b == '-' && i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\t')) return CC_SEGMENT;
    return fold_ascii_class[b];
}

/* A scan over one string of n bytes. */
typedef struct {
    const unsigned char *s;
    R_xlen_t n;
    R_xlen_t i;             /* next byte */
    R_xlen_t pos;           /* its character position (0-based) */
    int pending;            /* separator read since the last word */
} fold_scan;

/* A word: character positions (0-based, inclusive), bytes [b0, b1), the
 * separator before it, its folded bytes (len), and what follows it. */
typedef struct {
    R_xlen_t start, end, b0, b1;
    int sep;
    int len;
    int nonascii;           /* a character above 0x7F or an ignorable mark */
    int accent;             /* nonascii, or an apostrophe right after it ends it: "e'" */
    int star;               /* a '*' right after it: a stem */
    int alnum;              /* folded bytes all a-z 0-9 */
} fold_word;

static R_INLINE void fold_scan_init(fold_scan *sc, const unsigned char *s, R_xlen_t n)
{
    sc->s = s;
    sc->n = n;
    sc->i = 0;
    sc->pos = 0;
    sc->pending = SEP_NONE;
}

/* The next word of the scan: its folded bytes go to buf, which has room
 * for the n bytes of the string (a word never folds to more bytes than it
 * has).  Returns 1, 0 when no word is left, -1 on invalid UTF-8. */
/* inlined into its callers: a call per word costs more than the word */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static R_INLINE int fold_next(fold_scan *sc, fold_word *w, unsigned char *buf)
{
    const unsigned char *s = sc->s;
    const R_xlen_t n = sc->n;
    R_xlen_t i = sc->i, pos = sc->pos;
    int pending = sc->pending;
    uint32_t c;
    int cls;
    /* separators up to the word */
    for (;;) {
        if (i >= n) {
            sc->i = i; sc->pos = pos; sc->pending = pending;
            return 0;
        }
        if (s[i] < 0x80) {
            if (fold_ascii_word[s[i]]) break;
            cls = fold_ascii_cls(s, n, i);
            i++;
        } else {
            R_xlen_t j = i;
            c = fold_utf8_next(s, n, &j);
            if (c == FOLD_BAD) return -1;
            cls = fold_char_class(c);
            if (cls == CC_WORD) break;
            i = j;
        }
        pos++;
        pending = fold_sep(pending, cls);     /* an ignorable mark changes nothing */
    }
    w->start = pos;
    w->b0 = i;
    w->sep = pending;
    int len = 0, nonascii = 0, alnum = 1;
    R_xlen_t end = pos, b1 = i;
    c = 0;
    cls = CC_SEP;
    for (;;) {
        if (i >= n) { c = 0; cls = CC_SEP; break; }
        /* the ASCII letters and digits of a run, one table lookup each */
        const unsigned char *p = s + i, *e = s + n;
        unsigned char *o = buf + len, f;
        while (p < e && (f = fold_ascii_word[*p])) *o++ = f, p++;
        if (p > s + i) {
            R_xlen_t k = p - (s + i);
            len += (int) k;
            pos += k;
            end = pos - 1;
            i += k;
            b1 = i;
            continue;
        }
        unsigned char b = s[i];
        if (b < 0x80) {
            c = b;
            cls = fold_ascii_cls(s, n, i);
            i++;
            pos++;
            break;
        }
        c = fold_utf8_next(s, n, &i);
        if (c == FOLD_BAD) return -1;
        cls = fold_char_class(c);
        if (cls == CC_WORD) {
            int k = fold_char(c, buf + len);
            for (int j = 0; j < k; j++) alnum &= fold_is_alnum(buf[len + j]);
            len += k;
        } else if (cls != CC_IGNORE) {
            pos++;
            break;
        }
        nonascii = 1;
        end = pos++;
        b1 = i;
    }
    w->end = end;
    w->b1 = b1;
    w->len = len;
    w->nonascii = nonascii;
    w->alnum = alnum;
    w->star = c == '*';
    /* "e'" for "è": an apostrophe that no letter or digit follows */
    int mark = 0;
    if (c == '\'' || c == 0x2019) {
        if (i >= n) mark = 1;
        else {
            R_xlen_t j = i;
            uint32_t nx = fold_utf8_next(s, n, &j);
            mark = nx == FOLD_BAD || fold_char_class(nx) != CC_WORD;
        }
    }
    w->accent = nonascii || mark;
    sc->i = i;
    sc->pos = pos;
    sc->pending = c ? fold_sep(SEP_NONE, cls) : SEP_NONE;
    return 1;
}

#endif
