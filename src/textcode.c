/* Dictionary coding of free text.
 *
 * A dictionary is compiled once into two tries held behind an external
 * pointer:
 *   - a character trie over folded pattern words; walking a text word
 *     through it yields the word's symbols (the exact pattern word it equals,
 *     and every prefix pattern `stem*` it begins with) and its flags
 *     (negation cue, clause-breaking word);
 *   - a word trie over symbol sequences (the phrases).  The text is scanned
 *     once; the set of partial phrases alive after each word is advanced by
 *     the symbols of the next word (the Aho-Corasick automaton in its
 *     set-of-states form), so the cost per word depends on the longest
 *     phrase and not on the number of patterns.
 * Folding happens on the fly while decoding UTF-8: lower case, accents of
 * Latin-1 and Latin Extended-A letters removed, apostrophes and every other
 * non-alphanumeric character separate words.  Clause boundaries and negation
 * cues are tracked in the same pass; negation and exclusions are resolved
 * per text once its matches are known. */
#include "peersurvey.h"
#include <stdlib.h>
#include <string.h>
#include <limits.h>

#define TXT_ALPHA 36            /* a-z 0-9: dense children */
#define TXT_FLAG_CUE 1
#define TXT_FLAG_BREAK 2

/* character classes */
#define CC_SEP 0
#define CC_WORD 1
#define CC_IGNORE 2
#define CC_CLAUSE 3             /* separator that also ends a clause */

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

static R_INLINE int char_class(uint32_t c)
{
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return CC_WORD;
        if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '\r')
            return CC_CLAUSE;
        return CC_SEP;
    }
    if (c < 0xC0) return c == 0xAD ? CC_IGNORE : CC_SEP;
    if (c < 0x180) return fold_latin[c - 0xC0] ? CC_WORD : CC_SEP;
    if (c >= 0x2B0 && c <= 0x2FF) return CC_SEP;           /* modifier letters, incl. U+02BC */
    if (c >= 0x300 && c <= 0x36F) return CC_IGNORE;        /* combining accents */
    if (c >= 0x2000 && c <= 0x2BFF)                       /* punctuation, symbols */
        return (c == 0x2026 || c == 0x2028 || c == 0x2029) ? CC_CLAUSE : CC_SEP;
    if (c >= 0x2E00 && c <= 0x2E7F) return CC_SEP;
    if (c >= 0x3000 && c <= 0x303F) return CC_SEP;
    if (c >= 0xFE00 && c <= 0xFE0F) return CC_IGNORE;      /* variation selectors */
    if (c >= 0xFE10 && c <= 0xFE6F) return CC_SEP;
    if (c >= 0xFEFF && c <= 0xFF0F) return CC_SEP;
    if (c >= 0xFFF0 && c <= 0xFFFF) return CC_SEP;
    if (c >= 0x1F000 && c <= 0x1FAFF) return CC_SEP;       /* emoji */
    return CC_WORD;
}

/* Decode one UTF-8 character at s[*i] (n bytes); returns the code point or
 * 0xFFFFFFFF when the bytes are not valid UTF-8. */
static R_INLINE uint32_t utf8_next(const unsigned char *s, R_xlen_t n, R_xlen_t *i)
{
    unsigned char b = s[*i];
    uint32_t c;
    int k;
    if (b < 0x80) { (*i)++; return b; }
    if (b >= 0xC2 && b <= 0xDF) { c = b & 0x1F; k = 1; }
    else if (b >= 0xE0 && b <= 0xEF) { c = b & 0x0F; k = 2; }
    else if (b >= 0xF0 && b <= 0xF4) { c = b & 0x07; k = 3; }
    else return 0xFFFFFFFFu;
    if (*i + k >= n) return 0xFFFFFFFFu;      /* truncated */
    for (int j = 1; j <= k; j++) {
        unsigned char d = s[*i + j];
        if ((d & 0xC0) != 0x80) return 0xFFFFFFFFu;
        c = (c << 6) | (d & 0x3F);
    }
    if ((k == 2 && c < 0x800) || (k == 3 && (c < 0x10000 || c > 0x10FFFF)) ||
        (c >= 0xD800 && c <= 0xDFFF))
        return 0xFFFFFFFFu;
    *i += k + 1;
    return c;
}

/* Folded bytes of a word character: writes up to 4 bytes, returns count. */
static R_INLINE int fold_char(uint32_t c, unsigned char *out)
{
    if (c < 0x80) {
        out[0] = (unsigned char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
        return 1;
    }
    if (c >= 0xC0 && c < 0x180) {
        const char *f = fold_latin[c - 0xC0];
        int k = 0;
        while (f[k]) { out[k] = (unsigned char) f[k]; k++; }
        return k;
    }
    /* other letters are compared as written, as their UTF-8 bytes */
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

static R_INLINE int alpha_index(unsigned char b)
{
    if (b >= 'a' && b <= 'z') return b - 'a';
    if (b >= '0' && b <= '9') return 26 + (b - '0');
    return -1;
}

/* ---- the compiled dictionary ---- */

typedef struct {
    /* character trie */
    int cn, ccap;
    int *cchild;            /* cn * TXT_ALPHA */
    int *xfirst;            /* first extra (non-ASCII byte) edge of a node */
    int xn, xcap;
    int *xnext, *xto;
    unsigned char *xbyte;
    int *exact;             /* exact symbol ending here, -1 none */
    int *prefix;            /* prefix symbol ending here, -1 none */
    unsigned char *flags;
    int nsym;
    /* word trie: hash (node, symbol) -> child */
    int wn, wcap;
    int hcap;               /* power of two */
    int *hnode, *hsym, *hto;
    int *wout;              /* first pattern ending at a word-trie node, -1 none */
    /* patterns */
    int np;
    int *pnext;             /* next pattern with the same end node */
    int *pcat;              /* 0-based category */
    int *pexcl;             /* 1 = exclusion pattern */
    int *plen;              /* words */
    int *pconcord;          /* 1 = first word is a negation cue */
    int ncat;
    int maxlen;
    double window;          /* words allowed between a cue and a match */
} txt_dict;

static void txt_free(txt_dict *d)
{
    if (!d) return;
    free(d->cchild); free(d->xfirst); free(d->xnext); free(d->xto); free(d->xbyte);
    free(d->exact); free(d->prefix); free(d->flags);
    free(d->hnode); free(d->hsym); free(d->hto); free(d->wout);
    free(d->pnext); free(d->pcat); free(d->pexcl); free(d->plen);
    free(d->pconcord);
    free(d);
}

static void txt_finalize(SEXP ptr)
{
    txt_dict *d = (txt_dict *) R_ExternalPtrAddr(ptr);
    if (d) {
        txt_free(d);
        R_ClearExternalPtr(ptr);
    }
}

/* Growth helpers: on failure return 0 and leave the dictionary freeable. */
static int grow_int(int **p, int oldcap, int newcap, int fill)
{
    int *q = (int *) realloc(*p, (size_t) newcap * sizeof(int));
    if (!q) return 0;
    for (int i = oldcap; i < newcap; i++) q[i] = fill;
    *p = q;
    return 1;
}

static int cnode_new(txt_dict *d)
{
    if (d->cn == d->ccap) {
        int nc = d->ccap ? 2 * d->ccap : 256;
        int *q = (int *) realloc(d->cchild, (size_t) nc * TXT_ALPHA * sizeof(int));
        if (!q) return -1;
        for (size_t i = (size_t) d->ccap * TXT_ALPHA; i < (size_t) nc * TXT_ALPHA; i++) q[i] = -1;
        d->cchild = q;
        unsigned char *f = (unsigned char *) realloc(d->flags, (size_t) nc);
        if (!f) return -1;
        memset(f + d->ccap, 0, (size_t) (nc - d->ccap));
        d->flags = f;
        if (!grow_int(&d->xfirst, d->ccap, nc, -1) || !grow_int(&d->exact, d->ccap, nc, -1) ||
            !grow_int(&d->prefix, d->ccap, nc, -1))
            return -1;
        d->ccap = nc;
    }
    return d->cn++;
}

static R_INLINE int cnode_step(const txt_dict *d, int node, unsigned char b)
{
    int a = alpha_index(b);
    if (a >= 0) return d->cchild[(size_t) node * TXT_ALPHA + a];
    for (int e = d->xfirst[node]; e >= 0; e = d->xnext[e])
        if (d->xbyte[e] == b) return d->xto[e];
    return -1;
}

static int cnode_add(txt_dict *d, int node, unsigned char b)
{
    int to = cnode_step(d, node, b);
    if (to >= 0) return to;
    to = cnode_new(d);
    if (to < 0) return -1;
    int a = alpha_index(b);
    if (a >= 0) {
        d->cchild[(size_t) node * TXT_ALPHA + a] = to;
        return to;
    }
    if (d->xn == d->xcap) {
        int nc = d->xcap ? 2 * d->xcap : 64;
        unsigned char *q = (unsigned char *) realloc(d->xbyte, (size_t) nc);
        if (!q) return -1;
        d->xbyte = q;
        if (!grow_int(&d->xnext, d->xcap, nc, -1) || !grow_int(&d->xto, d->xcap, nc, -1))
            return -1;
        d->xcap = nc;
    }
    int e = d->xn++;
    d->xbyte[e] = b;
    d->xto[e] = to;
    d->xnext[e] = d->xfirst[node];
    d->xfirst[node] = e;
    return to;
}

static R_INLINE uint32_t hash2(int a, int b)
{
    uint32_t h = (uint32_t) a * 2654435761u ^ ((uint32_t) b * 2246822519u);
    h ^= h >> 15;
    return h;
}

static R_INLINE int wnode_step(const txt_dict *d, int node, int sym)
{
    uint32_t m = (uint32_t) d->hcap - 1, h = hash2(node, sym) & m;
    while (d->hnode[h] >= 0) {
        if (d->hnode[h] == node && d->hsym[h] == sym) return d->hto[h];
        h = (h + 1) & m;
    }
    return -1;
}

static int hash_insert(int *hn, int *hs, int *ht, int cap, int node, int sym, int to)
{
    uint32_t m = (uint32_t) cap - 1, h = hash2(node, sym) & m;
    while (hn[h] >= 0) h = (h + 1) & m;
    hn[h] = node; hs[h] = sym; ht[h] = to;
    return 1;
}

static int wnode_add(txt_dict *d, int node, int sym)
{
    int to = wnode_step(d, node, sym);
    if (to >= 0) return to;
    if (d->wn == d->wcap) {
        int nc = 2 * d->wcap;
        if (!grow_int(&d->wout, d->wcap, nc, -1)) return -1;
        d->wcap = nc;
    }
    to = d->wn++;
    if (2 * d->wn > d->hcap) {      /* rehash at load 1/2 */
        int nc = 2 * d->hcap;
        int *hn = (int *) malloc((size_t) nc * sizeof(int));
        int *hs = (int *) malloc((size_t) nc * sizeof(int));
        int *ht = (int *) malloc((size_t) nc * sizeof(int));
        if (!hn || !hs || !ht) { free(hn); free(hs); free(ht); return -1; }
        for (int i = 0; i < nc; i++) hn[i] = -1;
        for (int i = 0; i < d->hcap; i++)
            if (d->hnode[i] >= 0) hash_insert(hn, hs, ht, nc, d->hnode[i], d->hsym[i], d->hto[i]);
        free(d->hnode); free(d->hsym); free(d->hto);
        d->hnode = hn; d->hsym = hs; d->hto = ht; d->hcap = nc;
    }
    hash_insert(d->hnode, d->hsym, d->hto, d->hcap, node, sym, to);
    return to;
}

/* ---- tokenising ---- */

/* One word of a text or pattern: character positions (0-based, inclusive)
 * and, for patterns, whether it is followed by '*'. */
typedef struct {
    R_xlen_t start, end;
    int star;
} txt_word;

/* Pattern words: fold and insert into the character trie.  Returns the number
 * of words written to syms (at most maxw), -1 on invalid UTF-8, -2 on memory.
 * For a pattern (kind 0), *firstcue is set when its first word, folded and
 * without a trailing '*', is a negation cue (cues are inserted first). */
static int pattern_symbols(txt_dict *d, const char *pat, int *syms, int maxw, int kind,
                           int *firstcue)
{
    const unsigned char *s = (const unsigned char *) pat;
    R_xlen_t n = (R_xlen_t) strlen(pat), i = 0;
    int nw = 0, node = -1;
    unsigned char buf[4];
    while (1) {
        uint32_t c = 0;
        int cls = CC_SEP, last = (i >= n);
        if (!last) {
            c = utf8_next(s, n, &i);
            if (c == 0xFFFFFFFFu) return -1;
            cls = char_class(c);
        }
        if (cls == CC_WORD) {
            if (node < 0) node = 0;
            int k = fold_char(c, buf);
            for (int j = 0; j < k; j++) {
                node = cnode_add(d, node, buf[j]);
                if (node < 0) return -2;
            }
        } else if (cls != CC_IGNORE && node >= 0) {
            /* end of a word; a '*' right after it makes it a prefix */
            int star = (!last && c == '*');
            if (kind == 1) {
                d->flags[node] |= TXT_FLAG_CUE;
            } else if (kind == 2) {
                d->flags[node] |= TXT_FLAG_BREAK;
            } else if (nw < maxw) {
                if (nw == 0 && firstcue) *firstcue = (d->flags[node] & TXT_FLAG_CUE) != 0;
                int *slot = star ? &d->prefix[node] : &d->exact[node];
                if (*slot < 0) *slot = d->nsym++;
                syms[nw] = *slot;
            }
            nw++;
            node = -1;
        }
        if (last) break;
    }
    return nw;
}

static txt_dict *txt_dict_new(void)
{
    txt_dict *d = (txt_dict *) calloc(1, sizeof(txt_dict));
    if (!d) return NULL;
    d->wcap = 64;
    d->hcap = 256;
    d->wout = (int *) malloc((size_t) d->wcap * sizeof(int));
    d->hnode = (int *) malloc((size_t) d->hcap * sizeof(int));
    d->hsym = (int *) malloc((size_t) d->hcap * sizeof(int));
    d->hto = (int *) malloc((size_t) d->hcap * sizeof(int));
    if (!d->wout || !d->hnode || !d->hsym || !d->hto) { txt_free(d); return NULL; }
    for (int i = 0; i < d->wcap; i++) d->wout[i] = -1;
    for (int i = 0; i < d->hcap; i++) d->hnode[i] = -1;
    d->wn = 1;                   /* word-trie root */
    if (cnode_new(d) != 0) { txt_free(d); return NULL; }
    return d;
}

#define TXT_MAXWORDS 64

/* C_text_dictionary(patterns, category, exclude, ncat, negation, breaks, window)
 * patterns: character (UTF-8), one per row; category: 1-based integer;
 * exclude: logical (row is an exclusion pattern); negation and breaks:
 * character vectors of single words.  Returns an external pointer. */
SEXP C_text_dictionary(SEXP patterns, SEXP category, SEXP exclude, SEXP ncat,
                       SEXP negation, SEXP breaks, SEXP window)
{
    psv_check_type(patterns, STRSXP, "patterns");
    psv_check_type(category, INTSXP, "category");
    psv_check_type(exclude, LGLSXP, "exclude");
    psv_check_type(negation, STRSXP, "negation");
    psv_check_type(breaks, STRSXP, "breaks");
    R_xlen_t np = XLENGTH(patterns);
    if (np > INT_MAX / 4) Rf_error("too many patterns");
    psv_check_length(category, np, "category");
    psv_check_length(exclude, np, "exclude");
    int nc = psv_as_int(ncat, "ncat", 1, INT_MAX / 4);
    double win = psv_as_double(window, "window");
    if (win < 0) Rf_error("'window' must not be negative");
    const int *cat = INTEGER(category);
    const int *exc = LOGICAL(exclude);
    for (R_xlen_t i = 0; i < np; i++) {
        if (cat[i] == NA_INTEGER || cat[i] < 1 || cat[i] > nc)
            Rf_error("'category' of pattern %lld is out of range", (long long) i + 1);
        if (exc[i] == NA_LOGICAL) Rf_error("'exclude' of pattern %lld is NA", (long long) i + 1);
        if (STRING_ELT(patterns, i) == NA_STRING)
            Rf_error("pattern %lld is NA", (long long) i + 1);
    }
    for (R_xlen_t i = 0; i < XLENGTH(negation); i++)
        if (STRING_ELT(negation, i) == NA_STRING) Rf_error("negation cue %lld is NA", (long long) i + 1);
    for (R_xlen_t i = 0; i < XLENGTH(breaks); i++)
        if (STRING_ELT(breaks, i) == NA_STRING) Rf_error("clause word %lld is NA", (long long) i + 1);

    txt_dict *d = txt_dict_new();
    if (!d) Rf_error("cannot allocate the dictionary");
    /* protect d from leaking on error: hold it in a pointer with a finalizer
     * from the start */
    SEXP ptr = PROTECT(R_MakeExternalPtr(d, Rf_install("peersurvey_dictionary"), R_NilValue));
    R_RegisterCFinalizerEx(ptr, txt_finalize, TRUE);

    d->ncat = nc;
    d->window = win;
    d->np = (int) np;
    d->pnext = (int *) malloc((size_t) (np + 1) * sizeof(int));
    d->pcat = (int *) malloc((size_t) (np + 1) * sizeof(int));
    d->pexcl = (int *) malloc((size_t) (np + 1) * sizeof(int));
    d->plen = (int *) malloc((size_t) (np + 1) * sizeof(int));
    d->pconcord = (int *) malloc((size_t) (np + 1) * sizeof(int));
    if (!d->pnext || !d->pcat || !d->pexcl || !d->plen || !d->pconcord)
        Rf_error("cannot allocate the dictionary");

    int syms[TXT_MAXWORDS];
    for (R_xlen_t i = 0; i < XLENGTH(negation); i++) {
        int r = pattern_symbols(d, Rf_translateCharUTF8(STRING_ELT(negation, i)), syms, 0, 1,
                                NULL);
        if (r == -1) Rf_error("negation cue %lld is not valid UTF-8", (long long) i + 1);
        if (r == -2) Rf_error("cannot allocate the dictionary");
    }
    for (R_xlen_t i = 0; i < XLENGTH(breaks); i++) {
        int r = pattern_symbols(d, Rf_translateCharUTF8(STRING_ELT(breaks, i)), syms, 0, 2,
                                NULL);
        if (r == -1) Rf_error("clause word %lld is not valid UTF-8", (long long) i + 1);
        if (r == -2) Rf_error("cannot allocate the dictionary");
    }
    int maxlen = 1;
    for (R_xlen_t i = 0; i < np; i++) {
        int firstcue = 0;
        int r = pattern_symbols(d, Rf_translateCharUTF8(STRING_ELT(patterns, i)), syms,
                                TXT_MAXWORDS, 0, &firstcue);
        if (r == -1) Rf_error("pattern %lld is not valid UTF-8", (long long) i + 1);
        if (r == -2) Rf_error("cannot allocate the dictionary");
        if (r == 0) Rf_error("pattern %lld has no word", (long long) i + 1);
        if (r > TXT_MAXWORDS) Rf_error("pattern %lld has more than %d words", (long long) i + 1,
                                       TXT_MAXWORDS);
        int node = 0;
        for (int j = 0; j < r; j++) {
            node = wnode_add(d, node, syms[j]);
            if (node < 0) Rf_error("cannot allocate the dictionary");
        }
        d->pcat[i] = cat[i] - 1;
        d->pexcl[i] = exc[i];
        d->plen[i] = r;
        d->pconcord[i] = firstcue;
        d->pnext[i] = d->wout[node];
        d->wout[node] = (int) i;
        if (r > maxlen) maxlen = r;
    }
    d->maxlen = maxlen;
    UNPROTECT(1);
    return ptr;
}

/* ---- scanning ---- */

typedef struct { int node, start; } txt_state;
typedef struct { int pat, first, last; } txt_hit;

/* Scratch buffers, sized per call and grown with R_alloc (freed on return
 * or on error). */
typedef struct {
    R_xlen_t wcap; R_xlen_t *wstart, *wend; int *wclause, *wcue;
    R_xlen_t scap; txt_state *cur, *nxt;
    R_xlen_t hcap; txt_hit *hits;
    int symcap; int *syms;
} txt_scratch;

static void *grow(void *old, size_t oldn, size_t newn, size_t size)
{
    void *p = R_alloc(newn, (int) size);
    if (old && oldn) memcpy(p, old, oldn * size);
    return p;
}

static txt_dict *txt_dict_of(SEXP ptr)
{
    if (TYPEOF(ptr) != EXTPTRSXP || R_ExternalPtrTag(ptr) != Rf_install("peersurvey_dictionary"))
        Rf_error("'dictionary' is not a compiled peersurvey dictionary");
    txt_dict *d = (txt_dict *) R_ExternalPtrAddr(ptr);
    if (!d) Rf_error("the compiled dictionary is gone (saved and reloaded): recompile it");
    return d;
}

/* Scan one text (n bytes).  Fills the words table and the hits; returns the
 * number of hits, or -1 on invalid UTF-8. */
static R_xlen_t scan_text(const txt_dict *d, const unsigned char *s, R_xlen_t n,
                          txt_scratch *w, R_xlen_t *nwords_out)
{
    R_xlen_t i = 0, pos = 0, nw = 0, nh = 0, ncur = 0;
    int clause = 0, lastcue = -1, pending_break = 0;
    int node = -1, inword = 0, nsyms = 0;
    R_xlen_t wstart = 0, wend = 0;
    unsigned char buf[4];
    while (1) {
        uint32_t c;
        int cls;
        if (i < n) {
            c = utf8_next(s, n, &i);
            if (c == 0xFFFFFFFFu) return -1;
            cls = char_class(c);
        } else {
            c = 0;
            cls = CC_SEP;
        }
        if (cls == CC_WORD) {
            if (!inword) {
                inword = 1;
                node = 0;
                wstart = pos;
                nsyms = 0;
                if (pending_break) { clause++; lastcue = -1; pending_break = 0; }
            }
            wend = pos;
            if (node >= 0) {
                int k = fold_char(c, buf);
                for (int j = 0; j < k && node >= 0; j++) {
                    node = cnode_step(d, node, buf[j]);
                    if (node >= 0 && d->prefix[node] >= 0) {
                        if (nsyms == w->symcap) {
                            w->syms = (int *) grow(w->syms, (size_t) w->symcap,
                                                   (size_t) 2 * w->symcap, sizeof(int));
                            w->symcap *= 2;
                        }
                        w->syms[nsyms++] = d->prefix[node];
                    }
                }
            }
        } else if (cls == CC_IGNORE) {
            if (inword) wend = pos;
        } else {
            if (inword) {
                /* a word ends: wstart..wend */
                int flags = 0;
                if (node >= 0) {
                    flags = d->flags[node];
                    if (d->exact[node] >= 0) {
                        if (nsyms == w->symcap) {
                            w->syms = (int *) grow(w->syms, (size_t) w->symcap,
                                                   (size_t) 2 * w->symcap, sizeof(int));
                            w->symcap *= 2;
                        }
                        w->syms[nsyms++] = d->exact[node];
                    }
                }
                if (flags & TXT_FLAG_BREAK) { clause++; lastcue = -1; }
                if (nw == w->wcap) {
                    R_xlen_t nc = 2 * w->wcap;
                    w->wstart = (R_xlen_t *) grow(w->wstart, w->wcap, nc, sizeof(R_xlen_t));
                    w->wend = (R_xlen_t *) grow(w->wend, w->wcap, nc, sizeof(R_xlen_t));
                    w->wclause = (int *) grow(w->wclause, w->wcap, nc, sizeof(int));
                    w->wcue = (int *) grow(w->wcue, w->wcap, nc, sizeof(int));
                    w->wcap = nc;
                }
                w->wstart[nw] = wstart;
                w->wend[nw] = wend;
                w->wclause[nw] = clause;
                w->wcue[nw] = lastcue;
                if (flags & TXT_FLAG_CUE) lastcue = (int) nw;
                /* advance partial phrases */
                R_xlen_t nnext = 0;
                if (nsyms > 0) {
                    R_xlen_t need = (ncur + 1) * nsyms;
                    if (need > w->scap) {
                        R_xlen_t nc = 2 * need;
                        w->cur = (txt_state *) grow(w->cur, (size_t) ncur, nc, sizeof(txt_state));
                        w->nxt = (txt_state *) grow(NULL, 0, nc, sizeof(txt_state));
                        w->scap = nc;
                    }
                    for (R_xlen_t a = -1; a < ncur; a++) {
                        int from = a < 0 ? 0 : w->cur[a].node;
                        int st = a < 0 ? (int) nw : w->cur[a].start;
                        for (int b = 0; b < nsyms; b++) {
                            int to = wnode_step(d, from, w->syms[b]);
                            if (to < 0) continue;
                            w->nxt[nnext].node = to;
                            w->nxt[nnext].start = st;
                            nnext++;
                            for (int p = d->wout[to]; p >= 0; p = d->pnext[p]) {
                                if (nh == w->hcap) {
                                    R_xlen_t nc = 2 * w->hcap;
                                    w->hits = (txt_hit *) grow(w->hits, w->hcap, nc, sizeof(txt_hit));
                                    w->hcap = nc;
                                }
                                w->hits[nh].pat = p;
                                w->hits[nh].first = st;
                                w->hits[nh].last = (int) nw;
                                nh++;
                            }
                        }
                    }
                }
                txt_state *tmp = w->cur; w->cur = w->nxt; w->nxt = tmp;
                ncur = nnext;
                nw++;
                inword = 0;
            }
            if (cls == CC_CLAUSE) pending_break = 1;
            if (i >= n) break;
        }
        pos++;
    }
    *nwords_out = nw;
    return nh;
}

/* Is hit h counted?  0 = coded, 1 = negated, 2 = excluded.  A pattern that
 * begins with a cue is never negated by an earlier cue (negative concord:
 * "non c'e nessuna formazione" states the lack). */
static int hit_status(const txt_dict *d, const txt_scratch *w, const R_xlen_t *excl,
                      R_xlen_t nexcl, R_xlen_t h)
{
    const txt_hit *x = &w->hits[h];
    int first = x->first, cl = w->wclause[first];
    for (R_xlen_t g = 0; g < nexcl; g++) {
        const txt_hit *e = &w->hits[excl[g]];
        if (d->pexcl[e->pat] && d->pcat[e->pat] == d->pcat[x->pat] &&
            w->wclause[e->first] == cl)
            return 2;
    }
    if (d->pconcord[x->pat]) return 0;
    int cue = w->wcue[first];
    if (cue >= 0 && (double) (first - cue - 1) <= d->window) return 1;
    return 0;
}

static void scratch_init(txt_scratch *w)
{
    w->wcap = 64;
    w->wstart = (R_xlen_t *) R_alloc(w->wcap, sizeof(R_xlen_t));
    w->wend = (R_xlen_t *) R_alloc(w->wcap, sizeof(R_xlen_t));
    w->wclause = (int *) R_alloc(w->wcap, sizeof(int));
    w->wcue = (int *) R_alloc(w->wcap, sizeof(int));
    w->scap = 64;
    w->cur = (txt_state *) R_alloc(w->scap, sizeof(txt_state));
    w->nxt = (txt_state *) R_alloc(w->scap, sizeof(txt_state));
    w->hcap = 64;
    w->hits = (txt_hit *) R_alloc(w->hcap, sizeof(txt_hit));
    w->symcap = 16;
    w->syms = (int *) R_alloc(w->symcap, sizeof(int));
}

/* C_code_text(text, dictionary, evidence)
 * text: character vector, UTF-8 (checked by the R wrapper; rechecked here);
 * dictionary: the external pointer; evidence: TRUE/FALSE.
 * Returns list(codes = logical matrix n x ncat, evidence = NULL or
 * list(answer, pattern, start, end, status)) with 1-based rows/positions. */
SEXP C_code_text(SEXP text, SEXP dictionary, SEXP evidence)
{
    psv_check_type(text, STRSXP, "text");
    txt_dict *d = txt_dict_of(dictionary);
    int want_ev = psv_as_flag(evidence, "evidence");
    R_xlen_t n = XLENGTH(text);
    int nprot = 0;
    if (n > INT_MAX) Rf_error("'text' is too long");
    SEXP codes = PROTECT(Rf_allocMatrix(LGLSXP, (int) n, d->ncat)); nprot++;
    int *cd = LOGICAL(codes);
    txt_scratch w;
    scratch_init(&w);
    R_xlen_t ecap = want_ev ? 256 : 0, ne = 0;
    int *e_ans = NULL, *e_pat = NULL, *e_status = NULL;
    double *e_start = NULL, *e_end = NULL;
    if (want_ev) {
        e_ans = (int *) R_alloc(ecap, sizeof(int));
        e_pat = (int *) R_alloc(ecap, sizeof(int));
        e_status = (int *) R_alloc(ecap, sizeof(int));
        /* cppcheck-suppress invalidPointerCast ; R_alloc memory is aligned for any type */
        e_start = (double *) R_alloc(ecap, sizeof(double));
        /* cppcheck-suppress invalidPointerCast ; as above */
        e_end = (double *) R_alloc(ecap, sizeof(double));
    }
    int ncat = d->ncat, has_excl = 0;
    for (int p = 0; p < d->np; p++) has_excl |= d->pexcl[p];
    R_xlen_t xcap = 0, *excl = NULL;
    for (R_xlen_t r = 0; r < n; r++) {
        /* counted in answers, not bytes: look more often than PSV_INTERRUPT_EVERY */
        if (r % 4096 == 0) R_CheckUserInterrupt();
        SEXP el = STRING_ELT(text, r);
        if (el == NA_STRING) {
            for (int k = 0; k < ncat; k++) cd[r + (R_xlen_t) k * n] = NA_LOGICAL;
            continue;
        }
        for (int k = 0; k < ncat; k++) cd[r + (R_xlen_t) k * n] = 0;
        if (Rf_getCharCE(el) == CE_BYTES || Rf_getCharCE(el) == CE_LATIN1)
            Rf_error("element %lld of 'text' is not UTF-8", (long long) r + 1);
        const unsigned char *s = (const unsigned char *) CHAR(el);
        R_xlen_t nb = XLENGTH(el), nwords = 0;
        R_xlen_t nh = scan_text(d, s, nb, &w, &nwords);
        if (nh < 0) Rf_error("element %lld of 'text' is not valid UTF-8", (long long) r + 1);
        /* exclusion hits of this text, found once */
        R_xlen_t nexcl = 0;
        if (has_excl) {
            if (nh > xcap) {
                xcap = 2 * nh;
                excl = (R_xlen_t *) R_alloc(xcap, sizeof(R_xlen_t));
            }
            for (R_xlen_t h = 0; h < nh; h++)
                if (d->pexcl[w.hits[h].pat]) excl[nexcl++] = h;
        }
        for (R_xlen_t h = 0; h < nh; h++) {
            int p = w.hits[h].pat;
            if (d->pexcl[p] && !want_ev) continue;
            int st = hit_status(d, &w, excl, nexcl, h);
            if (!d->pexcl[p] && st == 0) cd[r + (R_xlen_t) d->pcat[p] * n] = 1;
            if (want_ev) {
                if (ne == ecap) {
                    R_xlen_t nc = 2 * ecap;
                    e_ans = (int *) grow(e_ans, ecap, nc, sizeof(int));
                    e_pat = (int *) grow(e_pat, ecap, nc, sizeof(int));
                    e_status = (int *) grow(e_status, ecap, nc, sizeof(int));
                    e_start = (double *) grow(e_start, ecap, nc, sizeof(double));
                    e_end = (double *) grow(e_end, ecap, nc, sizeof(double));
                    ecap = nc;
                }
                e_ans[ne] = (int) r + 1;
                e_pat[ne] = p + 1;
                e_status[ne] = d->pexcl[p] ? 3 : st;
                e_start[ne] = (double) w.wstart[w.hits[h].first] + 1;
                e_end[ne] = (double) w.wend[w.hits[h].last] + 1;
                ne++;
            }
        }
    }
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2)); nprot++;
    SET_VECTOR_ELT(out, 0, codes);
    if (want_ev) {
        SEXP ev = PROTECT(Rf_allocVector(VECSXP, 5)); nprot++;
        SEXP a = PROTECT(Rf_allocVector(INTSXP, ne)); nprot++;
        SEXP p = PROTECT(Rf_allocVector(INTSXP, ne)); nprot++;
        SEXP s0 = PROTECT(Rf_allocVector(REALSXP, ne)); nprot++;
        SEXP s1 = PROTECT(Rf_allocVector(REALSXP, ne)); nprot++;
        SEXP st = PROTECT(Rf_allocVector(INTSXP, ne)); nprot++;
        for (R_xlen_t i = 0; i < ne; i++) {
            INTEGER(a)[i] = e_ans[i];
            INTEGER(p)[i] = e_pat[i];
            REAL(s0)[i] = e_start[i];
            REAL(s1)[i] = e_end[i];
            INTEGER(st)[i] = e_status[i];
        }
        SET_VECTOR_ELT(ev, 0, a);
        SET_VECTOR_ELT(ev, 1, p);
        SET_VECTOR_ELT(ev, 2, s0);
        SET_VECTOR_ELT(ev, 3, s1);
        SET_VECTOR_ELT(ev, 4, st);
        SET_VECTOR_ELT(out, 1, ev);
    }
    UNPROTECT(nprot);
    return out;
}

/* C_text_dictionary_ok(dictionary): TRUE when the pointer still holds a
 * compiled dictionary (FALSE after saveRDS/readRDS). */
SEXP C_text_dictionary_ok(SEXP dictionary)
{
    if (TYPEOF(dictionary) != EXTPTRSXP ||
        R_ExternalPtrTag(dictionary) != Rf_install("peersurvey_dictionary"))
        return Rf_ScalarLogical(0);
    return Rf_ScalarLogical(R_ExternalPtrAddr(dictionary) != NULL);
}

/* C_text_words(text): folded words of one string with their 1-based
 * character positions and clause numbers, for documentation and tests. */
SEXP C_text_words(SEXP text)
{
    psv_check_type(text, STRSXP, "text");
    psv_check_length(text, 1, "text");
    SEXP el = STRING_ELT(text, 0);
    if (el == NA_STRING) Rf_error("'text' must not be NA");
    const unsigned char *s = (const unsigned char *) CHAR(el);
    R_xlen_t n = XLENGTH(el), i = 0, pos = 0;
    /* two passes: count words, then fill */
    int nprot = 0;
    SEXP out = R_NilValue;
    for (int pass = 0; pass < 2; pass++) {
        R_xlen_t nw = 0;
        int inword = 0, clause = 1, pending = 0;
        R_xlen_t ws = 0, we = 0;
        i = 0; pos = 0;
        char *fb = NULL;
        size_t fl = 0;
        if (pass == 1) fb = R_alloc((size_t) 4 * n + 1, 1);
        while (1) {
            uint32_t c; int cls;
            if (i < n) {
                c = utf8_next(s, n, &i);
                if (c == 0xFFFFFFFFu) Rf_error("'text' is not valid UTF-8");
                cls = char_class(c);
            } else { c = 0; cls = CC_SEP; }
            if (cls == CC_WORD) {
                if (!inword) {
                    inword = 1; ws = pos; fl = 0;
                    if (pending) { clause++; pending = 0; }
                }
                we = pos;
                if (pass == 1) fl += (size_t) fold_char(c, (unsigned char *) fb + fl);
            } else if (cls == CC_IGNORE) {
                if (inword) we = pos;
            } else {
                if (inword) {
                    if (pass == 1) {
                        fb[fl] = '\0';
                        SET_STRING_ELT(VECTOR_ELT(out, 0), nw, Rf_mkCharCE(fb, CE_UTF8));
                        REAL(VECTOR_ELT(out, 1))[nw] = (double) ws + 1;
                        REAL(VECTOR_ELT(out, 2))[nw] = (double) we + 1;
                        INTEGER(VECTOR_ELT(out, 3))[nw] = clause;
                    }
                    nw++;
                    inword = 0;
                }
                if (cls == CC_CLAUSE) pending = 1;
                if (i >= n) break;
            }
            pos++;
        }
        if (pass == 0) {
            out = PROTECT(Rf_allocVector(VECSXP, 4)); nprot++;
            SET_VECTOR_ELT(out, 0, Rf_allocVector(STRSXP, nw));
            SET_VECTOR_ELT(out, 1, Rf_allocVector(REALSXP, nw));
            SET_VECTOR_ELT(out, 2, Rf_allocVector(REALSXP, nw));
            SET_VECTOR_ELT(out, 3, Rf_allocVector(INTSXP, nw));
        }
    }
    UNPROTECT(nprot);
    return out;
}
