/* The delimited reader: the bytes of a survey export, in any of the
 * encodings spreadsheets and survey tools write, turned into UTF-8 records.
 *
 * Three steps, each linear in the size of the file:
 *   1. decode: UTF-8 (BOM or not) is used in place; UTF-16 and the
 *      single-byte encodings (Windows-1252, Latin-1, MacRoman, told apart
 *      by how plausible their accented letters are) are converted to UTF-8
 *      with the tables below, not iconv, whose tables differ by platform;
 *   2. compose: base letter + combining accent becomes the precomposed
 *      letter (NFC for Latin letters), so that text typed on macOS matches;
 *   3. tokenize twice: a first pass checks every record and counts them,
 *      so that the second pass writes each field once, as a CHARSXP made
 *      straight from the text, into a matrix of the right size.
 * Steps 1-2 (C_read_decode) and 3 (C_read_tokenize) are two entry points,
 * so that R can drop the file's bytes once a converted copy exists: peak
 * memory is then the larger of the two steps, not their sum.
 * Problems in the file are not raised here: they go back to R as codes
 * (the `error` element) and R/read.R words the message.  Scratch memory is
 * R_alloc'd, so an interrupt or error never leaks. */
#include "peersurvey.h"
#include "fold.h"
#include <string.h>

/* Problems in the file; the codes are shared with R/read.R */
enum {
    RD_OK = 0, RD_EMPTY = 1, RD_BINARY = 2, RD_BAD_UTF8 = 3, RD_MIXED = 4,
    RD_BAD_UTF16 = 5, RD_UNTERMINATED = 6, RD_MISPLACED = 7, RD_FIELDS = 8,
    RD_TOO_BIG = 9
};

/* Encodings; their names are those R/read.R accepts and reports */
enum {
    ENC_AUTO = 0, ENC_UTF8, ENC_UTF8_BOM, ENC_UTF16LE, ENC_UTF16BE,
    ENC_CP1252, ENC_LATIN1, ENC_MACROMAN, ENC_N
};
static const char *const enc_names[ENC_N] = {
    "auto", "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "windows-1252",
    "latin1", "macintosh"
};

/* Skipped records; reasons shared with R/read.R */
enum { SKIP_BLANK = 1, SKIP_DELIMITERS = 2, SKIP_SEP_LINE = 3 };

typedef struct {
    uint16_t mark;
    unsigned char base;
    uint16_t composed;
} psv_nfc_pair;


/* Windows-1252 differs from Latin-1 only in 0x80-0x9F.  The five codes
 * Windows leaves undefined map to the C1 controls, as Windows itself does. */
static const uint16_t cp1252_80_9f[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

/* MacRoman 0x80-0xFF (Apple's table, with the euro sign at 0xDB) */
static const uint16_t macroman_80_ff[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7
};

/* Canonical compositions of an ASCII letter and one combining mark that give
 * a letter of Latin-1 Supplement or Latin Extended-A (U+00C0-U+017F), sorted
 * by mark then base for binary search.  Derived from the Unicode Character
 * Database (decomposition mappings); no letter of this range decomposes
 * into more than two code points or into a non-ASCII base. */
static const psv_nfc_pair nfc_pairs[161] = {
    {0x0300, 'A', 0x00C0}, /* latin capital letter a with grave */
    {0x0300, 'E', 0x00C8}, /* latin capital letter e with grave */
    {0x0300, 'I', 0x00CC}, /* latin capital letter i with grave */
    {0x0300, 'O', 0x00D2}, /* latin capital letter o with grave */
    {0x0300, 'U', 0x00D9}, /* latin capital letter u with grave */
    {0x0300, 'a', 0x00E0}, /* latin small letter a with grave */
    {0x0300, 'e', 0x00E8}, /* latin small letter e with grave */
    {0x0300, 'i', 0x00EC}, /* latin small letter i with grave */
    {0x0300, 'o', 0x00F2}, /* latin small letter o with grave */
    {0x0300, 'u', 0x00F9}, /* latin small letter u with grave */
    {0x0301, 'A', 0x00C1}, /* latin capital letter a with acute */
    {0x0301, 'C', 0x0106}, /* latin capital letter c with acute */
    {0x0301, 'E', 0x00C9}, /* latin capital letter e with acute */
    {0x0301, 'I', 0x00CD}, /* latin capital letter i with acute */
    {0x0301, 'L', 0x0139}, /* latin capital letter l with acute */
    {0x0301, 'N', 0x0143}, /* latin capital letter n with acute */
    {0x0301, 'O', 0x00D3}, /* latin capital letter o with acute */
    {0x0301, 'R', 0x0154}, /* latin capital letter r with acute */
    {0x0301, 'S', 0x015A}, /* latin capital letter s with acute */
    {0x0301, 'U', 0x00DA}, /* latin capital letter u with acute */
    {0x0301, 'Y', 0x00DD}, /* latin capital letter y with acute */
    {0x0301, 'Z', 0x0179}, /* latin capital letter z with acute */
    {0x0301, 'a', 0x00E1}, /* latin small letter a with acute */
    {0x0301, 'c', 0x0107}, /* latin small letter c with acute */
    {0x0301, 'e', 0x00E9}, /* latin small letter e with acute */
    {0x0301, 'i', 0x00ED}, /* latin small letter i with acute */
    {0x0301, 'l', 0x013A}, /* latin small letter l with acute */
    {0x0301, 'n', 0x0144}, /* latin small letter n with acute */
    {0x0301, 'o', 0x00F3}, /* latin small letter o with acute */
    {0x0301, 'r', 0x0155}, /* latin small letter r with acute */
    {0x0301, 's', 0x015B}, /* latin small letter s with acute */
    {0x0301, 'u', 0x00FA}, /* latin small letter u with acute */
    {0x0301, 'y', 0x00FD}, /* latin small letter y with acute */
    {0x0301, 'z', 0x017A}, /* latin small letter z with acute */
    {0x0302, 'A', 0x00C2}, /* latin capital letter a with circumflex */
    {0x0302, 'C', 0x0108}, /* latin capital letter c with circumflex */
    {0x0302, 'E', 0x00CA}, /* latin capital letter e with circumflex */
    {0x0302, 'G', 0x011C}, /* latin capital letter g with circumflex */
    {0x0302, 'H', 0x0124}, /* latin capital letter h with circumflex */
    {0x0302, 'I', 0x00CE}, /* latin capital letter i with circumflex */
    {0x0302, 'J', 0x0134}, /* latin capital letter j with circumflex */
    {0x0302, 'O', 0x00D4}, /* latin capital letter o with circumflex */
    {0x0302, 'S', 0x015C}, /* latin capital letter s with circumflex */
    {0x0302, 'U', 0x00DB}, /* latin capital letter u with circumflex */
    {0x0302, 'W', 0x0174}, /* latin capital letter w with circumflex */
    {0x0302, 'Y', 0x0176}, /* latin capital letter y with circumflex */
    {0x0302, 'a', 0x00E2}, /* latin small letter a with circumflex */
    {0x0302, 'c', 0x0109}, /* latin small letter c with circumflex */
    {0x0302, 'e', 0x00EA}, /* latin small letter e with circumflex */
    {0x0302, 'g', 0x011D}, /* latin small letter g with circumflex */
    {0x0302, 'h', 0x0125}, /* latin small letter h with circumflex */
    {0x0302, 'i', 0x00EE}, /* latin small letter i with circumflex */
    {0x0302, 'j', 0x0135}, /* latin small letter j with circumflex */
    {0x0302, 'o', 0x00F4}, /* latin small letter o with circumflex */
    {0x0302, 's', 0x015D}, /* latin small letter s with circumflex */
    {0x0302, 'u', 0x00FB}, /* latin small letter u with circumflex */
    {0x0302, 'w', 0x0175}, /* latin small letter w with circumflex */
    {0x0302, 'y', 0x0177}, /* latin small letter y with circumflex */
    {0x0303, 'A', 0x00C3}, /* latin capital letter a with tilde */
    {0x0303, 'I', 0x0128}, /* latin capital letter i with tilde */
    {0x0303, 'N', 0x00D1}, /* latin capital letter n with tilde */
    {0x0303, 'O', 0x00D5}, /* latin capital letter o with tilde */
    {0x0303, 'U', 0x0168}, /* latin capital letter u with tilde */
    {0x0303, 'a', 0x00E3}, /* latin small letter a with tilde */
    {0x0303, 'i', 0x0129}, /* latin small letter i with tilde */
    {0x0303, 'n', 0x00F1}, /* latin small letter n with tilde */
    {0x0303, 'o', 0x00F5}, /* latin small letter o with tilde */
    {0x0303, 'u', 0x0169}, /* latin small letter u with tilde */
    {0x0304, 'A', 0x0100}, /* latin capital letter a with macron */
    {0x0304, 'E', 0x0112}, /* latin capital letter e with macron */
    {0x0304, 'I', 0x012A}, /* latin capital letter i with macron */
    {0x0304, 'O', 0x014C}, /* latin capital letter o with macron */
    {0x0304, 'U', 0x016A}, /* latin capital letter u with macron */
    {0x0304, 'a', 0x0101}, /* latin small letter a with macron */
    {0x0304, 'e', 0x0113}, /* latin small letter e with macron */
    {0x0304, 'i', 0x012B}, /* latin small letter i with macron */
    {0x0304, 'o', 0x014D}, /* latin small letter o with macron */
    {0x0304, 'u', 0x016B}, /* latin small letter u with macron */
    {0x0306, 'A', 0x0102}, /* latin capital letter a with breve */
    {0x0306, 'E', 0x0114}, /* latin capital letter e with breve */
    {0x0306, 'G', 0x011E}, /* latin capital letter g with breve */
    {0x0306, 'I', 0x012C}, /* latin capital letter i with breve */
    {0x0306, 'O', 0x014E}, /* latin capital letter o with breve */
    {0x0306, 'U', 0x016C}, /* latin capital letter u with breve */
    {0x0306, 'a', 0x0103}, /* latin small letter a with breve */
    {0x0306, 'e', 0x0115}, /* latin small letter e with breve */
    {0x0306, 'g', 0x011F}, /* latin small letter g with breve */
    {0x0306, 'i', 0x012D}, /* latin small letter i with breve */
    {0x0306, 'o', 0x014F}, /* latin small letter o with breve */
    {0x0306, 'u', 0x016D}, /* latin small letter u with breve */
    {0x0307, 'C', 0x010A}, /* latin capital letter c with dot above */
    {0x0307, 'E', 0x0116}, /* latin capital letter e with dot above */
    {0x0307, 'G', 0x0120}, /* latin capital letter g with dot above */
    {0x0307, 'I', 0x0130}, /* latin capital letter i with dot above */
    {0x0307, 'Z', 0x017B}, /* latin capital letter z with dot above */
    {0x0307, 'c', 0x010B}, /* latin small letter c with dot above */
    {0x0307, 'e', 0x0117}, /* latin small letter e with dot above */
    {0x0307, 'g', 0x0121}, /* latin small letter g with dot above */
    {0x0307, 'z', 0x017C}, /* latin small letter z with dot above */
    {0x0308, 'A', 0x00C4}, /* latin capital letter a with diaeresis */
    {0x0308, 'E', 0x00CB}, /* latin capital letter e with diaeresis */
    {0x0308, 'I', 0x00CF}, /* latin capital letter i with diaeresis */
    {0x0308, 'O', 0x00D6}, /* latin capital letter o with diaeresis */
    {0x0308, 'U', 0x00DC}, /* latin capital letter u with diaeresis */
    {0x0308, 'Y', 0x0178}, /* latin capital letter y with diaeresis */
    {0x0308, 'a', 0x00E4}, /* latin small letter a with diaeresis */
    {0x0308, 'e', 0x00EB}, /* latin small letter e with diaeresis */
    {0x0308, 'i', 0x00EF}, /* latin small letter i with diaeresis */
    {0x0308, 'o', 0x00F6}, /* latin small letter o with diaeresis */
    {0x0308, 'u', 0x00FC}, /* latin small letter u with diaeresis */
    {0x0308, 'y', 0x00FF}, /* latin small letter y with diaeresis */
    {0x030A, 'A', 0x00C5}, /* latin capital letter a with ring above */
    {0x030A, 'U', 0x016E}, /* latin capital letter u with ring above */
    {0x030A, 'a', 0x00E5}, /* latin small letter a with ring above */
    {0x030A, 'u', 0x016F}, /* latin small letter u with ring above */
    {0x030B, 'O', 0x0150}, /* latin capital letter o with double acute */
    {0x030B, 'U', 0x0170}, /* latin capital letter u with double acute */
    {0x030B, 'o', 0x0151}, /* latin small letter o with double acute */
    {0x030B, 'u', 0x0171}, /* latin small letter u with double acute */
    {0x030C, 'C', 0x010C}, /* latin capital letter c with caron */
    {0x030C, 'D', 0x010E}, /* latin capital letter d with caron */
    {0x030C, 'E', 0x011A}, /* latin capital letter e with caron */
    {0x030C, 'L', 0x013D}, /* latin capital letter l with caron */
    {0x030C, 'N', 0x0147}, /* latin capital letter n with caron */
    {0x030C, 'R', 0x0158}, /* latin capital letter r with caron */
    {0x030C, 'S', 0x0160}, /* latin capital letter s with caron */
    {0x030C, 'T', 0x0164}, /* latin capital letter t with caron */
    {0x030C, 'Z', 0x017D}, /* latin capital letter z with caron */
    {0x030C, 'c', 0x010D}, /* latin small letter c with caron */
    {0x030C, 'd', 0x010F}, /* latin small letter d with caron */
    {0x030C, 'e', 0x011B}, /* latin small letter e with caron */
    {0x030C, 'l', 0x013E}, /* latin small letter l with caron */
    {0x030C, 'n', 0x0148}, /* latin small letter n with caron */
    {0x030C, 'r', 0x0159}, /* latin small letter r with caron */
    {0x030C, 's', 0x0161}, /* latin small letter s with caron */
    {0x030C, 't', 0x0165}, /* latin small letter t with caron */
    {0x030C, 'z', 0x017E}, /* latin small letter z with caron */
    {0x0327, 'C', 0x00C7}, /* latin capital letter c with cedilla */
    {0x0327, 'G', 0x0122}, /* latin capital letter g with cedilla */
    {0x0327, 'K', 0x0136}, /* latin capital letter k with cedilla */
    {0x0327, 'L', 0x013B}, /* latin capital letter l with cedilla */
    {0x0327, 'N', 0x0145}, /* latin capital letter n with cedilla */
    {0x0327, 'R', 0x0156}, /* latin capital letter r with cedilla */
    {0x0327, 'S', 0x015E}, /* latin capital letter s with cedilla */
    {0x0327, 'T', 0x0162}, /* latin capital letter t with cedilla */
    {0x0327, 'c', 0x00E7}, /* latin small letter c with cedilla */
    {0x0327, 'g', 0x0123}, /* latin small letter g with cedilla */
    {0x0327, 'k', 0x0137}, /* latin small letter k with cedilla */
    {0x0327, 'l', 0x013C}, /* latin small letter l with cedilla */
    {0x0327, 'n', 0x0146}, /* latin small letter n with cedilla */
    {0x0327, 'r', 0x0157}, /* latin small letter r with cedilla */
    {0x0327, 's', 0x015F}, /* latin small letter s with cedilla */
    {0x0327, 't', 0x0163}, /* latin small letter t with cedilla */
    {0x0328, 'A', 0x0104}, /* latin capital letter a with ogonek */
    {0x0328, 'E', 0x0118}, /* latin capital letter e with ogonek */
    {0x0328, 'I', 0x012E}, /* latin capital letter i with ogonek */
    {0x0328, 'U', 0x0172}, /* latin capital letter u with ogonek */
    {0x0328, 'a', 0x0105}, /* latin small letter a with ogonek */
    {0x0328, 'e', 0x0119}, /* latin small letter e with ogonek */
    {0x0328, 'i', 0x012F}, /* latin small letter i with ogonek */
    {0x0328, 'u', 0x0173}, /* latin small letter u with ogonek */
};

#define NFC_NPAIRS ((int) (sizeof(nfc_pairs) / sizeof(nfc_pairs[0])))

/* ---- small helpers ---------------------------------------------------- */

/* Line number (from 1) of byte `at` in an ASCII-compatible text: LF, CRLF
 * and CR each end one line. */
static double line_at(const unsigned char *s, R_xlen_t n, R_xlen_t at)
{
    double line = 1;
    if (at > n) at = n;
    for (R_xlen_t i = 0; i < at; i++) {
        if (s[i] == '\n') line++;
        else if (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n')) line++;
    }
    return line;
}

/* Length of the valid UTF-8 sequence starting at s[i], 0 if there is none:
 * overlong forms, surrogates and code points past U+10FFFF are invalid,
 * as in R's own validUTF8(). */
static R_INLINE int utf8_seq(const unsigned char *s, R_xlen_t i, R_xlen_t n)
{
    unsigned char c = s[i], c1, c2, c3;
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return (i + 1 < n && (s[i + 1] & 0xC0) == 0x80) ? 2 : 0;
    if (c < 0xF0) {
        if (i + 2 >= n) return 0;
        c1 = s[i + 1]; c2 = s[i + 2];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && c1 < 0xA0) return 0;
        if (c == 0xED && c1 >= 0xA0) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (i + 3 >= n) return 0;
        c1 = s[i + 1]; c2 = s[i + 2]; c3 = s[i + 3];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && c1 < 0x90) return 0;
        if (c == 0xF4 && c1 >= 0x90) return 0;
        return 4;
    }
    return 0;
}

/* Offset of the first byte that does not start a valid UTF-8 sequence, or
 * -1.  Eight ASCII bytes at a time: exports are mostly ASCII. */
static R_xlen_t utf8_first_invalid(const unsigned char *s, R_xlen_t n)
{
    R_xlen_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & UINT64_C(0x8080808080808080))) { i += 8; continue; }
        }
        int k = utf8_seq(s, i, n);
        if (!k) return i;
        i += k;
    }
    return -1;
}

static R_INLINE int utf8_len(unsigned int cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Code point of byte c in a single-byte encoding */
static R_INLINE unsigned int sb_cp(int enc, unsigned char c)
{
    if (c < 0x80) return c;
    if (enc == ENC_MACROMAN) return macroman_80_ff[c - 0x80];
    if (enc == ENC_CP1252 && c < 0xA0) return cp1252_80_9f[c - 0x80];
    return c;
}

/* ---- telling the single-byte encodings apart --------------------------- */

/* What a decoded character is worth as evidence that the guess was right:
 * letters of the Latin alphabets and the punctuation word processors
 * insert are what Italian (and other Western European) text is made of;
 * mathematical signs, spacing accents and daggers are what a wrong guess
 * produces; C1 controls are never text. */
enum { CLS_LOWER, CLS_UPPER, CLS_PUNCT, CLS_SYMBOL, CLS_CONTROL };

static int cp_class(unsigned int u)
{
    if (u < 0xA0) return CLS_CONTROL;
    if (u >= 0xC0 && u <= 0xFF && u != 0xD7 && u != 0xF7)
        return (u <= 0xDE) ? CLS_UPPER : CLS_LOWER;
    if (u >= 0x100 && u <= 0x17F) {
        /* Latin Extended-A alternates capital, small, except in its middle */
        if (u == 0x138 || u == 0x149 || u == 0x17F) return CLS_LOWER;
        if (u == 0x178) return CLS_UPPER;
        if ((u >= 0x139 && u <= 0x148) || (u >= 0x179 && u <= 0x17E))
            return (u & 1) ? CLS_UPPER : CLS_LOWER;
        return (u & 1) ? CLS_LOWER : CLS_UPPER;
    }
    switch (u) {
    case 0xA0: case 0xA1: case 0xA3: case 0xA7: case 0xA9: case 0xAA:
    case 0xAB: case 0xAE: case 0xB0: case 0xB7: case 0xBA: case 0xBB:
    case 0xBF: case 0x2013: case 0x2014: case 0x2018: case 0x2019:
    case 0x201C: case 0x201D: case 0x201E: case 0x2022: case 0x2026:
    case 0x20AC:
        return CLS_PUNCT;
    default:
        return CLS_SYMBOL;
    }
}

static R_INLINE int ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static R_INLINE int ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static R_INLINE int ascii_alpha(unsigned char c) { return ascii_lower(c) || ascii_upper(c); }

/* What a neighbour of a non-ASCII byte is, read in encoding `enc`: the
 * start and end of the text count as spaces */
enum { NB_OTHER, NB_LOWER, NB_UPPER, NB_DIGIT, NB_SPACE };

static int sb_neighbour(int enc, unsigned char c)
{
    if (c >= 'a' && c <= 'z') return NB_LOWER;
    if (c >= 'A' && c <= 'Z') return NB_UPPER;
    if (c >= '0' && c <= '9') return NB_DIGIT;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return NB_SPACE;
    if (c < 0x80) return NB_OTHER;
    switch (cp_class(sb_cp(enc, c))) {
    case CLS_LOWER: return NB_LOWER;
    case CLS_UPPER: return NB_UPPER;
    default: return NB_OTHER;
    }
}

#define NB_LETTER(k) ((k) == NB_LOWER || (k) == NB_UPPER)
#define NB_WORD(k) (NB_LETTER(k) || (k) == NB_DIGIT)

/* Punctuation where typing puts it scores as much as a letter inside a
 * word: an opening quote before a word, a closing quote after one, an
 * apostrophe between letters, a spaced dash, an en dash between numbers, an
 * em dash between words, an ellipsis after text.  A quote turned the wrong way round scores
 * nothing, since the same byte is a letter in another encoding. */
static double punct_score(unsigned int u, int prev, int next)
{
    switch (u) {
    case 0x2018: case 0x201C: case 0x201E: case 0x201A:
        if (!NB_WORD(prev) && next != NB_SPACE) return 3;
        return (NB_WORD(prev) && !NB_WORD(next)) ? 0 : 1;
    case 0x2019:
        if (NB_LETTER(prev) && NB_LETTER(next)) return 3;
        /* fall through: a closing quote */
    case 0x201D:
        if (prev != NB_SPACE && !NB_WORD(next)) return 3;
        return (!NB_WORD(prev) && NB_WORD(next)) ? 0 : 1;
    case 0x2013:
        /* an en dash is spaced, or joins numbers (2019-2020) */
        return ((prev == NB_SPACE && next == NB_SPACE) ||
                (prev == NB_DIGIT && next == NB_DIGIT)) ? 3 : 1;
    case 0x2014:
        /* an em dash is spaced, or joins words (word processors write it so) */
        return ((prev == NB_SPACE && next == NB_SPACE) ||
                (NB_WORD(prev) && NB_WORD(next))) ? 3 : 1;
    case 0x2026:
        /* an ellipsis ends a word; after a capital it may as well be a
         * capital accented letter of another encoding ("PERCHÉ") */
        return (prev != NB_SPACE && prev != NB_UPPER && !NB_WORD(next)) ? 3 : 1;
    default:
        return 1;
    }
}

/* Plausibility of reading the whole text in encoding `enc`, from each
 * non-ASCII byte and its neighbours (read in the same encoding): a small
 * letter inside a word scores most, at the edge of a word less, standing
 * alone least ("è", "1 ó 2"); a capital
 * after a capital or at the start of a word scores; well placed
 * punctuation scores as a letter (see punct_score()); a capital inside a
 * small-letter word, a symbol or a control character costs.  In
 * Western European text accented letters sit next to other letters, the
 * quotes and dashes of Windows-1252 next to spaces, which is what tells
 * apart the bytes that are letters in MacRoman and punctuation there. */
static double sb_score(const unsigned char *s, R_xlen_t n, int enc)
{
    double score = 0;
    for (R_xlen_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c < 0x80) continue;
        int prev = sb_neighbour(enc, i > 0 ? s[i - 1] : ' ');
        int next = sb_neighbour(enc, i + 1 < n ? s[i + 1] : ' ');
        unsigned int u = sb_cp(enc, c);
        switch (cp_class(u)) {
        case CLS_LOWER: {
            int letters = NB_LETTER(prev) + NB_LETTER(next);
            if (letters == 2) score += 3;
            else if (letters == 1) score += 2;
            else score += 1;
            break;
        }
        case CLS_UPPER:
            if (prev == NB_LOWER) score -= 1;
            else if (prev == NB_UPPER || next == NB_UPPER) score += 2;
            else score += 1;
            break;
        case CLS_PUNCT:
            score += punct_score(u, prev, next);
            break;
        case CLS_SYMBOL:
            score -= 2;
            break;
        default:
            score -= 20;
        }
    }
    return score;
}

/* ---- decoding to UTF-8 -------------------------------------------------- */

typedef struct {
    const unsigned char *s;  /* UTF-8 text */
    R_xlen_t n;
    int enc;                 /* encoding used */
    int owned;               /* s is a raw vector of ours, not the file's bytes */
    SEXP holder;             /* protected list whose first element keeps it */
    int err;                 /* RD_* */
    double err_line, err_a, err_b;
} psv_text;

static void set_err(psv_text *t, int err, double line, double a, double b)
{
    t->err = err; t->err_line = line; t->err_a = a; t->err_b = b;
}

/* A raw vector of len bytes for the converted text, kept by t->holder */
static unsigned char *new_text(psv_text *t, R_xlen_t len)
{
    SET_VECTOR_ELT(t->holder, 0, Rf_allocVector(RAWSXP, len));
    t->owned = 1;
    return RAW(VECTOR_ELT(t->holder, 0));
}

static void decode_single(const unsigned char *b, R_xlen_t n, int enc, psv_text *t)
{
    R_xlen_t len = 0;
    for (R_xlen_t i = 0; i < n; i++) len += utf8_len(sb_cp(enc, b[i]));
    unsigned char *o = new_text(t, len);
    R_xlen_t k = 0;
    for (R_xlen_t i = 0; i < n; i++) {
        unsigned char c = b[i];
        if (c < 0x80) o[k++] = c;
        else k += fold_utf8_put(sb_cp(enc, c), o + k);
    }
    t->s = o; t->n = k; t->enc = enc;
}

/* One pass over UTF-16 code units: with o == NULL it checks them and counts
 * the UTF-8 bytes, else it writes them.  A lone surrogate, an odd final
 * byte or U+0000 is an error on the line it is on (lines counted as LF,
 * CRLF or CR code units). */
static R_xlen_t utf16_pass(const unsigned char *b, R_xlen_t n, int big, unsigned char *o,
                           psv_text *t)
{
    R_xlen_t k = 0, i = 0;
    double line = 1;
    unsigned int prev = 0;
    while (i + 1 < n) {
        unsigned int u = big ? ((unsigned int) b[i] << 8 | b[i + 1])
                             : ((unsigned int) b[i + 1] << 8 | b[i]);
        i += 2;
        if (u == '\n' || (prev == '\r' && u != '\n')) line++;
        prev = u;
        if (u == 0) {
            set_err(t, RD_BINARY, line, (double) (i - 1), 0);
            return -1;
        }
        if (u >= 0xD800 && u <= 0xDBFF) {
            unsigned int v = 0;
            if (i + 1 < n)
                v = big ? ((unsigned int) b[i] << 8 | b[i + 1])
                        : ((unsigned int) b[i + 1] << 8 | b[i]);
            if (v < 0xDC00 || v > 0xDFFF) {
                set_err(t, RD_BAD_UTF16, line, (double) (i - 1), 0);
                return -1;
            }
            i += 2;
            u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            set_err(t, RD_BAD_UTF16, line, (double) (i - 1), 0);
            return -1;
        }
        if (o) k += fold_utf8_put(u, o + k);
        else k += utf8_len(u);
    }
    if (i < n) {
        if (prev == '\r') line++;
        set_err(t, RD_BAD_UTF16, line, (double) (i + 1), 0);
        return -1;
    }
    return k;
}

static void decode_utf16(const unsigned char *b, R_xlen_t n, int big, psv_text *t)
{
    t->enc = big ? ENC_UTF16BE : ENC_UTF16LE;
    R_xlen_t len = utf16_pass(b, n, big, NULL, t);
    if (len < 0) return;
    unsigned char *o = new_text(t, len);
    utf16_pass(b, n, big, o, t);
    t->s = o; t->n = len;
}

/* A text file has no NUL byte, unless it is UTF-16 without a byte-order
 * mark: then the high bytes of ASCII characters are NULs, all on the same
 * side.  Looks at the first 64 KB.  Returns ENC_UTF16LE/BE or 0. */
static int sniff_utf16(const unsigned char *b, R_xlen_t n)
{
    R_xlen_t m = n < 65536 ? n : 65536, even = 0, odd = 0;
    if (n % 2) return 0;
    for (R_xlen_t i = 0; i < m; i++)
        if (!b[i]) { if (i % 2) odd++; else even++; }
    if (odd > m / 4 && even == 0) return ENC_UTF16LE;
    if (even > m / 4 && odd == 0) return ENC_UTF16BE;
    return 0;
}

static void decode(const unsigned char *b, R_xlen_t n, int want, psv_text *t)
{
    t->err = RD_OK;
    t->owned = 0;
    t->s = b; t->n = n; t->enc = want;
    int bom8 = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    int bomle = n >= 2 && b[0] == 0xFF && b[1] == 0xFE;
    int bombe = n >= 2 && b[0] == 0xFE && b[1] == 0xFF;

    if (want == ENC_AUTO) {
        if (bomle) { decode_utf16(b + 2, n - 2, 0, t); return; }
        if (bombe) { decode_utf16(b + 2, n - 2, 1, t); return; }
    }
    if (want == ENC_UTF16LE || want == ENC_UTF16BE) {
        int big = want == ENC_UTF16BE;
        R_xlen_t skip = (big ? bombe : bomle) ? 2 : 0;
        decode_utf16(b + skip, n - skip, big, t);
        return;
    }
    if (bom8 && (want == ENC_AUTO || want == ENC_UTF8)) {
        b += 3; n -= 3;
        t->s = b; t->n = n; t->enc = ENC_UTF8_BOM;
        want = ENC_UTF8;
    }

    const unsigned char *nul = n ? memchr(b, 0, (size_t) n) : NULL;
    if (nul) {
        int u16 = want == ENC_AUTO ? sniff_utf16(b, n) : 0;
        if (u16) { decode_utf16(b, n, u16 == ENC_UTF16BE, t); return; }
        set_err(t, RD_BINARY, line_at(b, n, nul - b), (double) (nul - b + 1), 0);
        return;
    }
    if (want == ENC_CP1252 || want == ENC_LATIN1 || want == ENC_MACROMAN) {
        decode_single(b, n, want, t);
        return;
    }

    R_xlen_t bad = utf8_first_invalid(b, n);
    if (bad < 0) {
        if (t->enc == ENC_AUTO) t->enc = ENC_UTF8;
        return;
    }
    if (want == ENC_UTF8) {
        /* told UTF-8, or a UTF-8 byte-order mark says so */
        set_err(t, RD_BAD_UTF8, line_at(b, n, bad), (double) (bad + 1), 0);
        return;
    }

    /* Not UTF-8.  Control characters other than tab, line ends, form feed
     * and the old end-of-file mark mean binary data, not text. */
    R_xlen_t valid_mb = 0, invalid = 0;
    int c1 = 0;
    for (R_xlen_t i = 0; i < n; ) {
        unsigned char c = b[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
            c != 0x0B && c != 0x1A) {
            set_err(t, RD_BINARY, line_at(b, n, i), (double) (i + 1), 1);
            return;
        }
        if (c < 0x80) { i++; continue; }
        if (c < 0xA0) c1 = 1;
        int k = utf8_seq(b, i, n);
        if (k) {
            /* bytes 0x80-0x9F inside the sequence are still Windows-1252's */
            for (int j = 1; j < k; j++) if (b[i + j] < 0xA0) c1 = 1;
            valid_mb++;
            i += k;
        } else {
            invalid++;
            i++;
        }
    }
    /* Valid multi-byte sequences arise by chance in single-byte text only
     * rarely (a capital A with circumflex or tilde before a symbol); when
     * they are common the file is UTF-8 with something else pasted in, and
     * any single guess would garble one of the two. */
    if (valid_mb > 0 && 4 * valid_mb > invalid) {
        set_err(t, RD_MIXED, line_at(b, n, bad), (double) (bad + 1), 0);
        return;
    }
    double s1252 = sb_score(b, n, ENC_CP1252), smac = sb_score(b, n, ENC_MACROMAN);
    int enc = smac > s1252 ? ENC_MACROMAN : (c1 ? ENC_CP1252 : ENC_LATIN1);
    /* Latin-1 and Windows-1252 agree outside 0x80-0x9F: without those bytes
     * the text is both, and is reported as the smaller of the two */
    decode_single(b, n, enc, t);
}

/* ---- composition (NFC for Latin letters) -------------------------------- */

static unsigned int nfc_lookup(unsigned int mark, unsigned char base)
{
    int lo = 0, hi = NFC_NPAIRS - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        unsigned int m = nfc_pairs[mid].mark;
        unsigned char bb = nfc_pairs[mid].base;
        if (m == mark && bb == base) return nfc_pairs[mid].composed;
        if (m < mark || (m == mark && bb < base)) lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}

/* Compose s[0..n) into o (which may be s itself: the text only shrinks).
 * Every mark composed here is U+0300-U+033F, two bytes 0xCC 0x80-0xBF, and
 * every result is two bytes, so composing writes 2 bytes for 3. */
static R_xlen_t nfc_compose(const unsigned char *s, R_xlen_t n, unsigned char *o)
{
    R_xlen_t k = 0;
    for (R_xlen_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == 0xCC && i + 1 < n && (s[i + 1] & 0xC0) == 0x80 && k > 0 &&
            ascii_alpha(o[k - 1])) {
            unsigned int u = nfc_lookup(0x300u + (s[i + 1] & 0x3Fu), o[k - 1]);
            if (u) {
                o[k - 1] = (unsigned char) (0xC0 | (u >> 6));
                o[k++] = (unsigned char) (0x80 | (u & 0x3F));
                i++;
                continue;
            }
        }
        o[k++] = c;
    }
    return k;
}

/* ---- tokenizing ---------------------------------------------------------- */

typedef struct {
    const unsigned char *s;
    R_xlen_t n, start;       /* text, and where the first record starts */
    double first_line;       /* its line */
    unsigned char d;
    /* from the first pass */
    R_xlen_t ncol, nrec, maxq;
    R_xlen_t nna;            /* unquoted NA fields of the records */
    double *na_cell;         /* second pass: their cells, 1-based */
    R_xlen_t kna;
    R_xlen_t nskip, capskip;
    R_xlen_t *skip;          /* ordinal of each skipped record */
    int *skip_line, *skip_reason;
    int err;
    double err_line, err_a, err_b;
} psv_tok;

static void add_skip(psv_tok *t, R_xlen_t ordinal, double line, int reason)
{
    if (t->nskip == t->capskip) {
        R_xlen_t cap = t->capskip ? 2 * t->capskip : 64;
        R_xlen_t *sk = (R_xlen_t *) R_alloc((size_t) cap, sizeof(R_xlen_t));
        int *sl = (int *) R_alloc((size_t) cap, sizeof(int));
        int *sr = (int *) R_alloc((size_t) cap, sizeof(int));
        if (t->nskip) {
            memcpy(sk, t->skip, (size_t) t->nskip * sizeof(R_xlen_t));
            memcpy(sl, t->skip_line, (size_t) t->nskip * sizeof(int));
            memcpy(sr, t->skip_reason, (size_t) t->nskip * sizeof(int));
        }
        t->skip = sk; t->skip_line = sl; t->skip_reason = sr; t->capskip = cap;
    }
    t->skip[t->nskip] = ordinal;
    t->skip_line[t->nskip] = (int) line;
    t->skip_reason[t->nskip] = reason;
    t->nskip++;
}

static void tok_err(psv_tok *t, int err, double line, double a, double b)
{
    t->err = err; t->err_line = line; t->err_a = a; t->err_b = b;
}

/* A quoted field with doubled quotes or CR line ends, as its value:
 * "" becomes ", CRLF and CR become LF. */
static SEXP unescape(const unsigned char *s, R_xlen_t from, R_xlen_t to, char *buf)
{
    R_xlen_t k = 0;
    for (R_xlen_t i = from; i < to; i++) {
        unsigned char c = s[i];
        if (c == '"') { buf[k++] = '"'; i++; }
        else if (c == '\r') { buf[k++] = '\n'; if (i + 1 < to && s[i + 1] == '\n') i++; }
        else buf[k++] = (char) c;
    }
    return Rf_mkCharLenCE(buf, (int) k, CE_UTF8);
}

/* One pass over the records.  The first pass (emit = 0) checks quotes and
 * field counts, notes the records to skip, the number of records and the
 * longest field that needs unescaping; it is the only pass that can fail.
 * The second (emit = 1) makes the values: header into `header`, record r
 * field j into data[r + j * nrec], the line of record r into lines[r]. */
static void tokenize(psv_tok *t, int emit, SEXP header, SEXP data, int *lines,
                     char *buf)
{
    const unsigned char *s = t->s;
    const R_xlen_t n = t->n;
    const unsigned char d = t->d;
    unsigned char stop[256];
    memset(stop, 0, sizeof stop);
    stop[d] = stop['\n'] = stop['\r'] = 1;

    R_xlen_t pos = t->start, ordinal = 0, kept = 0, next_skip = 0;
    double line = t->first_line;
    int have_header = 0;

    while (pos < n) {
        double rec_line = line;
        int skip_this = 0, blank = 1;
        R_xlen_t nf = 0;
        if (line > INT_MAX) { tok_err(t, RD_TOO_BIG, line, 0, 0); return; }
        while (emit && next_skip < t->nskip && t->skip[next_skip] < ordinal) next_skip++;
        if (emit && next_skip < t->nskip && t->skip[next_skip] == ordinal) {
            skip_this = 1;
            next_skip++;
        }
        for (;;) {
            SEXP value = NULL;
            R_xlen_t from, to;
            if (pos < n && s[pos] == '"') {
                double qline = line;
                int esc = 0;
                from = ++pos;
                for (;;) {
                    if (pos >= n) {
                        tok_err(t, RD_UNTERMINATED, qline, 0, 0);
                        return;
                    }
                    unsigned char c = s[pos];
                    if (c == '"') {
                        if (pos + 1 < n && s[pos + 1] == '"') { esc = 1; pos += 2; continue; }
                        break;
                    }
                    if (c == '\n') line++;
                    else if (c == '\r') {
                        esc = 1;
                        if (!(pos + 1 < n && s[pos + 1] == '\n')) line++;
                    }
                    pos++;
                }
                to = pos++;
                if (pos < n && !stop[s[pos]]) {
                    tok_err(t, RD_MISPLACED, line, 0, 0);
                    return;
                }
                /* a quoted empty field ("", as write.table() writes one)
                 * leaves a record of only delimiters blank */
                for (R_xlen_t i = from; blank && i < to; i++)
                    if (s[i] != ' ' && s[i] != '\t') blank = 0;
                if (to - from > INT_MAX) { tok_err(t, RD_TOO_BIG, qline, 1, 0); return; }
                if (!emit) {
                    if (esc && to - from > t->maxq) t->maxq = to - from;
                } else if (!skip_this) {
                    value = esc ? unescape(s, from, to, buf)
                                : Rf_mkCharLenCE((const char *) s + from, (int) (to - from), CE_UTF8);
                }
            } else {
                from = pos;
                while (pos < n && !stop[s[pos]]) pos++;
                to = pos;
                if (!emit) {
                    if (to - from > INT_MAX) { tok_err(t, RD_TOO_BIG, line, 1, 0); return; }
                    for (R_xlen_t i = from; blank && i < to; i++)
                        if (s[i] != ' ' && s[i] != '\t') blank = 0;
                }
                /* an unquoted NA is missing; the cell is noted, for a
                 * codebook whose code is "NA" (Napoli's province) */
                int na = to - from == 2 && s[from] == 'N' && s[from + 1] == 'A';
                if (!emit) {
                    if (na && have_header) t->nna++;
                } else if (!skip_this) {
                    R_xlen_t len = to - from;
                    value = (len == 0 || na) ? NA_STRING
                        : Rf_mkCharLenCE((const char *) s + from, (int) len, CE_UTF8);
                    if (na && have_header && nf < t->ncol && t->kna < t->nna)
                        t->na_cell[t->kna++] = (double) (kept + nf * t->nrec) + 1;
                }
            }
            if (value) {
                /* the first pass has made sure every kept record has ncol fields */
                if (nf < t->ncol) {
                    if (!have_header) SET_STRING_ELT(header, nf, value);
                    else SET_STRING_ELT(data, kept + nf * t->nrec, value);
                }
            }
            nf++;
            if (pos < n && s[pos] == d) { pos++; continue; }
            if (pos < n) {
                if (s[pos] == '\r' && pos + 1 < n && s[pos + 1] == '\n') pos++;
                pos++;
                line++;
            }
            break;
        }
        if (!emit) {
            if (blank) add_skip(t, ordinal, rec_line, nf == 1 ? SKIP_BLANK : SKIP_DELIMITERS);
            else if (!have_header) { have_header = 1; t->ncol = nf; }
            else if (nf != t->ncol) {
                tok_err(t, RD_FIELDS, rec_line, (double) nf, (double) t->ncol);
                return;
            } else t->nrec++;
        } else if (!skip_this) {
            if (!have_header) have_header = 1;
            else lines[kept++] = (int) rec_line;
        }
        ordinal++;
        if (ordinal % 65536 == 0) R_CheckUserInterrupt();
    }
    if (!emit && !have_header) tok_err(t, RD_EMPTY, 0, 0, 0);
}

/* The delimiter: given, or the one of comma, semicolon and tab found most
 * often outside quotes in the first line that is not blank (comma when
 * none, as in a one-column file).  Excel's "sep=;" first line names it and
 * is skipped. */
static void find_delimiter(psv_tok *t, int given)
{
    const unsigned char *s = t->s;
    R_xlen_t n = t->n, pos = 0;
    if (n >= 5 && memcmp(s, "sep=", 4) == 0 && s[4] != '"' && s[4] != '\n' &&
        s[4] != '\r' && (n == 5 || s[5] == '\n' || s[5] == '\r')) {
        if (!given) given = s[4];
        pos = 5;
        if (pos < n && s[pos] == '\r') pos++;
        if (pos < n && s[pos] == '\n') pos++;
        t->start = pos;
        t->first_line = 2;
        /* recorded as skipped with ordinal -1: never met by the passes */
        add_skip(t, -1, 1, SKIP_SEP_LINE);
    }
    if (given) { t->d = (unsigned char) given; return; }
    /* skip blank lines */
    R_xlen_t ls = pos;
    while (pos < n) {
        unsigned char c = s[pos];
        if (c == '\n' || c == '\r') { ls = pos + 1; pos++; continue; }
        if (c == ' ' || c == '\t') { pos++; continue; }
        break;
    }
    pos = ls;
    R_xlen_t count[3] = {0, 0, 0};
    int inq = 0;
    for (; pos < n; pos++) {
        unsigned char c = s[pos];
        if (c == '"') inq = !inq;
        else if (!inq) {
            if (c == '\n' || c == '\r') break;
            if (c == ',') count[0]++;
            else if (c == ';') count[1]++;
            else if (c == '\t') count[2]++;
        }
    }
    int best = 0;
    for (int k = 1; k < 3; k++) if (count[k] > count[best]) best = k;
    t->d = (unsigned char) ",;\t"[best];
}

/* ---- entry points ---------------------------------------------------------- */

static int encoding_code(SEXP encoding)
{
    if (TYPEOF(encoding) != STRSXP || XLENGTH(encoding) != 1 ||
        STRING_ELT(encoding, 0) == NA_STRING)
        Rf_error("'encoding' must be a single string");
    const char *e = CHAR(STRING_ELT(encoding, 0));
    for (int k = 0; k < ENC_N; k++)
        if (k != ENC_UTF8_BOM && strcmp(e, enc_names[k]) == 0) return k;
    Rf_error("'encoding' must be one of \"auto\", \"UTF-8\", \"UTF-16LE\", \"UTF-16BE\", "
             "\"windows-1252\", \"latin1\", \"macintosh\", not \"%s\"", e);
    return 0; /* not reached */
}

static SEXP error_vector(int err, double line, double a, double b)
{
    SEXP e = Rf_allocVector(REALSXP, 4);
    REAL(e)[0] = err; REAL(e)[1] = line; REAL(e)[2] = a; REAL(e)[3] = b;
    return e;
}

/* Step 1 and 2: the file's bytes as UTF-8 in NFC.  Returns list(text, start,
 * end, encoding, error): the text is bytes[start, end) of `text`, which is
 * `bytes` itself when it can be read in place (UTF-8 without combining
 * marks), else a new raw vector, so that R can let go of the file's bytes
 * before the records are made. */
SEXP C_read_decode(SEXP bytes, SEXP encoding)
{
    int nprot = 0;
    psv_check_type(bytes, RAWSXP, "bytes");
    int want = encoding_code(encoding);
    const char *names[] = {"text", "start", "end", "encoding", "error", ""};
    SEXP out = PROTECT(Rf_mkNamed(VECSXP, names)); nprot++;

    psv_text txt;
    txt.holder = out;
    decode(RAW(bytes), XLENGTH(bytes), want, &txt);
    if (txt.enc >= 0 && txt.enc < ENC_N)
        SET_VECTOR_ELT(out, 3, Rf_mkString(enc_names[txt.enc]));
    if (txt.err != RD_OK) {
        SET_VECTOR_ELT(out, 0, R_NilValue);
        SET_VECTOR_ELT(out, 4, error_vector(txt.err, txt.err_line, txt.err_a, txt.err_b));
        UNPROTECT(nprot);
        return out;
    }
    /* compose accents only where a combining mark may be: most files have
     * none, and are then read in place */
    if (txt.n && memchr(txt.s, 0xCC, (size_t) txt.n)) {
        const unsigned char *from = txt.s;
        unsigned char *o = txt.owned
            ? (unsigned char *) txt.s  /* a vector of ours: composed in place */
            : new_text(&txt, txt.n);
        txt.n = nfc_compose(from, txt.n, o);
        txt.s = o;
    }
    if (!txt.owned) SET_VECTOR_ELT(out, 0, bytes);
    SEXP text = VECTOR_ELT(out, 0);
    double start = (double) (txt.s - RAW(text));
    SET_VECTOR_ELT(out, 1, Rf_ScalarReal(start));
    SET_VECTOR_ELT(out, 2, Rf_ScalarReal(start + (double) txt.n));
    UNPROTECT(nprot);
    return out;
}

/* Step 3: the records of UTF-8 text[start, end).  Returns list(header, data,
 * line, delimiter, skipped_line, skipped_reason, error, na_text: the cells of
 * data, 1-based, that hold an unquoted NA). */
SEXP C_read_tokenize(SEXP text, SEXP range, SEXP delimiter)
{
    int nprot = 0;
    psv_check_type(text, RAWSXP, "text");
    psv_check_type(range, REALSXP, "range");
    psv_check_length(range, 2, "range");
    double r0 = REAL_RO(range)[0], r1 = REAL_RO(range)[1];
    if (!R_FINITE(r0) || !R_FINITE(r1) || r0 != floor(r0) || r1 != floor(r1) ||
        r0 < 0 || r0 > r1 || r1 > (double) XLENGTH(text))
        Rf_error("'range' must be two whole numbers 0 <= start <= end <= length(text)");
    if (TYPEOF(delimiter) != STRSXP || XLENGTH(delimiter) != 1 ||
        STRING_ELT(delimiter, 0) == NA_STRING)
        Rf_error("'delimiter' must be a single string");
    const char *dl = CHAR(STRING_ELT(delimiter, 0));
    int given = 0;
    if (strcmp(dl, "auto") != 0) {
        if (strlen(dl) != 1 || dl[0] == '"' || dl[0] == '\n' || dl[0] == '\r' ||
            (unsigned char) dl[0] >= 0x80)
            Rf_error("'delimiter' must be \"auto\" or one ASCII character other than a quote "
                     "or a line end, not \"%s\"", dl);
        given = (unsigned char) dl[0];
    }
    const char *names[] = {"header", "data", "line", "delimiter", "skipped_line",
                           "skipped_reason", "error", "na_text", ""};
    SEXP out = PROTECT(Rf_mkNamed(VECSXP, names)); nprot++;

    psv_tok t;
    memset(&t, 0, sizeof t);
    t.s = RAW(text) + (R_xlen_t) r0;
    t.n = (R_xlen_t) (r1 - r0);
    t.first_line = 1;
    find_delimiter(&t, given);
    char dstr[2] = {(char) t.d, 0};
    SET_VECTOR_ELT(out, 3, Rf_mkString(dstr));

    tokenize(&t, 0, R_NilValue, R_NilValue, NULL, NULL);
    /* a matrix's dimensions are integers */
    if (t.err == RD_OK && (t.nrec > INT_MAX || t.ncol > INT_MAX ||
                           (double) t.nrec * (double) t.ncol > (double) R_XLEN_T_MAX))
        tok_err(&t, RD_TOO_BIG, 0, 2, 0);
    if (t.err != RD_OK) {
        SET_VECTOR_ELT(out, 6, error_vector(t.err, t.err_line, t.err_a, t.err_b));
        UNPROTECT(nprot);
        return out;
    }

    SEXP header = PROTECT(Rf_allocVector(STRSXP, t.ncol)); nprot++;
    SEXP data = PROTECT(Rf_allocMatrix(STRSXP, (int) t.nrec, (int) t.ncol)); nprot++;
    SEXP lines = PROTECT(Rf_allocVector(INTSXP, t.nrec)); nprot++;
    char *buf = t.maxq > 0 ? R_alloc((size_t) t.maxq, 1) : NULL;
    SEXP na_text = PROTECT(Rf_allocVector(REALSXP, t.nna)); nprot++;
    t.na_cell = REAL(na_text);
    tokenize(&t, 1, header, data, INTEGER(lines), buf);
    if (t.kna < t.nna) na_text = Rf_xlengthgets(na_text, t.kna);
    SET_VECTOR_ELT(out, 7, na_text);

    SET_VECTOR_ELT(out, 0, header);
    SET_VECTOR_ELT(out, 1, data);
    SET_VECTOR_ELT(out, 2, lines);
    SEXP sl = PROTECT(Rf_allocVector(INTSXP, t.nskip)); nprot++;
    SEXP sr = PROTECT(Rf_allocVector(INTSXP, t.nskip)); nprot++;
    for (R_xlen_t k = 0; k < t.nskip; k++) {
        INTEGER(sl)[k] = t.skip_line[k];
        INTEGER(sr)[k] = t.skip_reason[k];
    }
    SET_VECTOR_ELT(out, 4, sl);
    SET_VECTOR_ELT(out, 5, sr);
    UNPROTECT(nprot);
    return out;
}

/* NFC composition of a character vector (attributes kept); elements that
 * need none are kept as they are, NA stays NA.  Text from the reader is
 * already composed, so the vector is copied only from its first element
 * that changes, and returned itself when none does: applying this to a
 * large matrix of answers costs a scan, not a second matrix. */
SEXP C_text_nfc(SEXP x)
{
    int nprot = 0;
    psv_check_type(x, STRSXP, "x");
    R_xlen_t n = XLENGTH(x);
    SEXP out = R_NilValue;
    for (R_xlen_t i = 0; i < n; i++) {
        if ((i + 1) % PSV_INTERRUPT_EVERY == 0) R_CheckUserInterrupt();
        SEXP el = STRING_ELT(x, i);
        if (el == NA_STRING) continue;
        cetype_t ce = Rf_getCharCE(el);
        /* a combining mark of U+0300-U+033F is 0xCC 0x80-0xBF in UTF-8;
         * Latin-1 has no combining marks, and bytes are left alone */
        if (ce == CE_BYTES || ce == CE_LATIN1) continue;
        if (!memchr(CHAR(el), 0xCC, (size_t) LENGTH(el))) continue;
        const void *vmax = vmaxget();
        const unsigned char *u = (const unsigned char *) Rf_translateCharUTF8(el);
        size_t ulen = strlen((const char *) u);
        unsigned char *o = (unsigned char *) R_alloc(ulen + 1, 1);
        R_xlen_t k = nfc_compose(u, (R_xlen_t) ulen, o);
        if ((size_t) k != ulen) {
            if (out == R_NilValue) {
                out = PROTECT(Rf_allocVector(STRSXP, n)); nprot++;
                DUPLICATE_ATTRIB(out, x);
                for (R_xlen_t j = 0; j < n; j++) SET_STRING_ELT(out, j, STRING_ELT(x, j));
            }
            SET_STRING_ELT(out, i, Rf_mkCharLenCE((const char *) o, (int) k, CE_UTF8));
        }
        vmaxset(vmax);
    }
    UNPROTECT(nprot);
    return out == R_NilValue ? x : out;
}
