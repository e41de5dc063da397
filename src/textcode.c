/* Dictionary coding of free text.
 *
 * A dictionary is compiled once and held behind an external pointer:
 *   - a character trie over folded words.  Walking a text word through it
 *     yields the word's symbols (the exact pattern word it equals, and every
 *     prefix pattern `stem*` it begins with) and its flags (negation cue,
 *     clause word, cue of lack, cue of adequacy, skippable function word,
 *     coordination);
 *   - a word trie over symbol sequences (the phrases), stored as a hash of
 *     (node, symbol) -> child.  It is a plain trie, without failure links:
 *     every word may start a new partial phrase (kept only at a node with
 *     children, where a phrase can go on), and the set of partial phrases
 *     alive is advanced word by word, so the cost per word depends on how
 *     many phrases are alive, not on the number of patterns.
 * The character trie is laid out as a double array for scanning.
 * A text is coded in three steps: it is cut into words by the word scanner
 * of fold.h (folded: lower case, accents of Latin-1 and Latin Extended-A
 * letters removed), with the kind of separator before each word (none,
 * segment: comma, colon, brackets, slash, dash; clause: . ; ! ? line
 * break), and each word walks the trie (once per call for each distinct
 * word: a cache keyed by the folded word keeps what the walk gave, since
 * answers repeat their words); the words are matched
 * against the phrases, a phrase's words lying in one segment with at most
 * `gap` skippable words between two of them (in the same pass, the clause,
 * predicate and segment of each word; an answer in which no word starts a
 * phrase is not matched at all); then each match is resolved:
 * negation, exclusions, contrast, lists governed by a cue of lack, adequacy,
 * the question context and overlap with a more specific pattern (see
 * ?text_dictionary, whose rules the plain-R reference in the tests follows
 * word for word). */
#include "peersurvey.h"
#include "fold.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define TXT_ALPHA 36            /* a-z 0-9: dense children */

/* word flags, from the cue lists */
#define TF_NEG 1                /* negation cue */
#define TF_BREAK 2              /* word that starts a new clause */
#define TF_LACK 4               /* cue of lack */
#define TF_ADEQ 8               /* cue of adequacy */
#define TF_SKIP 16              /* function word a phrase may skip */
#define TF_COORD 32             /* coordination */
#define TF_ARTICLE 64           /* article: after a coordination, a new subject */
#define TF_NEGACC 128           /* negation cue written with an accent ("ne" for "né"):
                                 * a cue only where the text's word has one, or where
                                 * the word is repeated in its clause (tokenize()) */
#define TF_ONLY 256             /* "solo", "only": a negation cue right before it is
                                 * "not only", no negation (tokenize()) */
#define TF_CAUSE 512            /* "perché", "because": a cause follows, which a
                                 * negation before it does not reach (word_unit()) */
#define TF_CAUSEP 1024          /* "per", "for": before a cue of lack ("per mancanza
                                 * di fondi", "for lack of"), a cause (word_unit()) */
#define TF_NOR 2048             /* "né", "nor": a negation cue that goes on with the
                                 * one before it, starting no predicate (word_unit()) */
#define TF_NOT 4096             /* "not", "non": right before a topic that a separator
                                 * ends, it names what is not the barrier (hit_status()) */
#define TF_BOTH 8192            /* "sia", "both" of a correlative pair: opens it (correlatives()) */
#define TF_BOTHAND 16384        /* "che", "sia": the next in its clause joins the pair's second
                                 * item as a coordination (correlatives()) */
#define TF_ADEQACC 32768         /* cue of adequacy written with an accent ("si" for "sì"):
                                 * a cue only where the text's word has one, or where a
                                 * separator or the end of the answer follows it
                                 * (adequacy_bare()) */
#define TF_ASIDE 65536          /* "invece", "however": a word of a parenthetical aside
                                 * between two commas (asides()) */
#define TF_KNOWN 131072         /* a word that is no typo of another ("spesso", "rivolto") */
#define TF_STILL 262144         /* "ancora", "still": its clause goes on with the past */
#define TF_COPULA 524288        /* "is", "sono", "è": a verb that opens the predicate of a
                                 * subject "neither ... nor ..." (nor_predicate()) */
#define TF_EXCEPT 1048576       /* "tranne", "except", "apart": a clause word of an
                                 * exception, no contrast (hit_status()) */
#define TF_NAMING 2097152       /* "is", "sono", "really", "it": a word that may stand
                                 * around a "not" naming what is not the barrier
                                 * (hit_status()) */
#define TF_THERE 4194304        /* "there": before "not", a lack ("There is not
                                 * funding"), no naming (hit_status()) */
#define TF_PROBLEMW 8388608     /* "problem", "problema": after a topic that a "not"
                                 * names, it is what the topic is not ("Non sono i
                                 * fondi il problema") (hit_status()) */
#define TF_PROBLEMN 16777216    /* "problems", "issues": after a noun, a compound of
                                 * it ("No funding issues") (hit_status()) */
#define TF_INDEF 33554432       /* "un", "a": after a verb of being and "not", what a
                                 * thing is not ("Non è un contratto"), no naming
                                 * (hit_status()) */
#define TF_OR 67108864          /* "o", "or": joins the items of a list that a "not"
                                 * names (list_start(), list_end()) */
#define TF_TOPICP 134217728     /* "di", "of", "about": an exclusion that ends in one
                                 * may name the word after it (names_next()) */
#define TF_PROBLEMQ 268435456   /* "real", "main", "vero": may stand around a word of
                                 * "problem" after a topic a "not" names
                                 * (problem_named()) */
#define TF_ECHO 536870912       /* "pure", "too": after a topic alone in its segment, it
                                 * says of it what the answer said before (echo_after()) */
#define TF_ECHONOT 1073741824   /* "no", "not": ... the opposite (echo_after()) */
#define TXT_NAMING 4            /* words between such a "not" and its topic (articles
                                 * aside), and after the topic before a word of
                                 * "problem" */
#define TXT_SCOPE 3             /* words after a topic a "not" names, before the end of
                                 * its segment: "not funding for us" (scope_end()) */
#define TF_CUES (TF_NEG | TF_BREAK | TF_LACK | TF_ADEQ | TF_COORD)
typedef uint32_t txt_flags;     /* TF_* of a word */

/* marks of a word, from the matches over it */
#define WM_INTOPIC 1            /* a word of a topic match */
#define WM_LISTTOPIC 2          /* ... of a topic that is a list item */
#define WM_TOPICEND 4           /* the last word of a topic match */
#define WM_INPROBLEM 8          /* a word of a problem match */
#define WM_PNOTFIRST 16         /* ... other than its first word */
#define WM_PNOTLAST 32          /* ... other than its last word */
#define WM_ITEMQUAL 64          /* a word of the qualifier after a topic that ends a list item
                                 * with it (item_qualifiers()) */

/* pattern kinds */
#define PK_PROBLEM 0
#define PK_TOPIC 1
#define PK_EXCLUSION 2
#define PK_CONTRAST 3
#define PK_PAST 4               /* a phrase that tells of the past: "all'inizio" */
#define PK_PRESENT 5            /* a phrase that brings it back to the present: "oggi" */

/* status of a match */
#define ST_CODED 0
#define ST_NEGATED 1
#define ST_EXCLUDED 2
#define ST_CONTRASTED 3
#define ST_ADEQUATE 4
#define ST_OVERLAPPED 5
#define ST_UNCODED 6
#define ST_PAST 7               /* told of the past, which the present closes (past_frame()) */
#define ST_PENDING 8            /* internal: a bare topic, decided last */
#define ST_UNCODED_BARE 9       /* internal: a bare topic set aside */
#define ST_LATER 10             /* internal: not worked out (its category is coded) */

/* rule that coded a match */
#define RU_WORDS 0
#define RU_WINDOW 1
#define RU_CUE 2
#define RU_LIST 3
#define RU_CONTEXT 4
#define RU_APPROX 5
#define RU_ECHO 6

#define TXT_APPROX_MIN 6        /* letters of a word matched approximately */

static R_INLINE int alpha_index(unsigned char b)
{
    if (b >= 'a' && b <= 'z') return b - 'a';
    if (b >= '0' && b <= '9') return 26 + (b - '0');
    return -1;
}

/* ---- the compiled dictionary ---- */

/* A slot of the word trie's hash: (node, symbol) -> child. */
typedef struct { int node, sym, to; } txt_wslot;

/* A pattern, as the matcher and the rules read it. */
typedef struct {
    int next;               /* next pattern with the same end node */
    int cat;                /* 0-based category, -1 for contrast phrases */
    int kind;               /* PK_* */
    int yield;              /* 1 = gives way to a longer pattern of another category */
    int len;                /* words: a longer match has skipped words */
    int concord;            /* 1 = first word is a negation cue */
    int bare;               /* 1 = a topic coded bare in answers about barriers */
} txt_pat;

typedef struct {
    /* character trie */
    int cn, ccap;
    int *cchild;            /* cn * TXT_ALPHA */
    int *xfirst;            /* first extra (non-ASCII byte) edge of a node */
    int xn, xcap;
    int *xnext, *xto;
    unsigned char *xbyte;
    int *exact;             /* exact symbol ending here, -1 none */
    int *prefix;            /* prefix symbol ending here; -1 none, -2 only a cue stem */
    txt_flags *flags;       /* TF_* of the word that ends here */
    txt_flags *pflags;      /* TF_* of every word that passes here (cue stems) */
    int nsym;
    /* word trie: hash (node, symbol) -> child */
    int wn, wcap;
    int hcap;               /* power of two */
    txt_wslot *hslot;       /* node < 0: empty */
    int *wout;              /* first pattern ending at a word-trie node, -1 none */
    uint64_t *wbloom;       /* bit (sym & 63) set for the symbols of a node's children:
                             * most steps that lead nowhere end here, not in the hash;
                             * 0 for a node without children, where no phrase goes on */
    /* patterns */
    int np;
    txt_pat *pat;           /* one record per pattern: one cache line per match */
    int ncat;
    double window;          /* words allowed between a negation cue and what it negates */
    int gap;                /* skippable words allowed between two words of a phrase */
    int approximate;        /* 1 = words of 6+ letters match at edit distance 1 */
    /* pattern words of 6+ ASCII letters, for approximate matching */
    int an, acap, abn, abcap;
    int *aoff, *alen, *astar, *asym;
    unsigned char *abytes;
    /* the character trie as a double array, for scanning: the child of
     * node u by byte b is t = dbase[u] + b when dcheck[t] == u; node info
     * by the same index */
    int dn;
    int *dbase, *dcheck, *dexact, *dprefix;
    txt_flags *dflags, *dpflags;
    int *wroot;             /* word-trie child of the root by symbol, -1 none */
    unsigned char *winner;  /* 1 = the symbol leads from a node other than the root */
} txt_dict;

static void txt_free(txt_dict *d)
{
    if (!d) return;
    free(d->cchild); free(d->xfirst); free(d->xnext); free(d->xto); free(d->xbyte);
    free(d->exact); free(d->prefix); free(d->flags); free(d->pflags);
    free(d->hslot); free(d->wout); free(d->wbloom);
    free(d->pat);
    free(d->aoff); free(d->alen); free(d->astar); free(d->asym); free(d->abytes);
    free(d->dbase); free(d->dcheck); free(d->dexact); free(d->dprefix); free(d->dflags);
    free(d->dpflags); free(d->wroot); free(d->winner);
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

static int grow_bytes(unsigned char **p, int oldcap, int newcap)
{
    unsigned char *q = (unsigned char *) realloc(*p, (size_t) newcap);
    if (!q) return 0;
    memset(q + oldcap, 0, (size_t) (newcap - oldcap));
    *p = q;
    return 1;
}

static int grow_flags(txt_flags **p, int oldcap, int newcap)
{
    txt_flags *q = (txt_flags *) realloc(*p, (size_t) newcap * sizeof(txt_flags));
    if (!q) return 0;
    for (int i = oldcap; i < newcap; i++) q[i] = 0;
    *p = q;
    return 1;
}

static int grow_u64(uint64_t **p, int oldcap, int newcap)
{
    uint64_t *q = (uint64_t *) realloc(*p, (size_t) newcap * sizeof(uint64_t));
    if (!q) return 0;
    for (int i = oldcap; i < newcap; i++) q[i] = 0;
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
        if (!grow_flags(&d->flags, d->ccap, nc) || !grow_flags(&d->pflags, d->ccap, nc))
            return -1;
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

/* A pair of ints hashed by one multiplication (Fibonacci hashing): the
 * upper half of the product, where every input bit has reached, indexes
 * the tables. */
static R_INLINE uint32_t hash2(int a, int b)
{
    uint64_t k = ((uint64_t) (uint32_t) a << 32) | (uint32_t) b;
    return (uint32_t) ((k * 0x9E3779B97F4A7C15ULL) >> 32);
}

static R_INLINE int wnode_step(const txt_dict *d, int node, int sym)
{
    uint32_t m = (uint32_t) d->hcap - 1, h = hash2(node, sym) & m;
    const txt_wslot *t = d->hslot;
    while (t[h].node >= 0) {
        if (t[h].node == node && t[h].sym == sym) return t[h].to;
        h = (h + 1) & m;
    }
    return -1;
}

/* Insert into a table with a free slot (the load is kept below 1/2). */
static void hash_insert(txt_wslot *t, int cap, int node, int sym, int to)
{
    uint32_t m = (uint32_t) cap - 1, h = hash2(node, sym) & m;
    while (t[h].node >= 0) h = (h + 1) & m;
    t[h].node = node; t[h].sym = sym; t[h].to = to;
}

static int wnode_add(txt_dict *d, int node, int sym)
{
    int to = wnode_step(d, node, sym);
    if (to >= 0) return to;
    if (d->wn == d->wcap) {
        int nc = 2 * d->wcap;
        if (!grow_int(&d->wout, d->wcap, nc, -1) || !grow_u64(&d->wbloom, d->wcap, nc))
            return -1;
        d->wcap = nc;
    }
    to = d->wn++;
    if (2 * d->wn > d->hcap) {      /* rehash at load 1/2 */
        int nc = 2 * d->hcap;
        txt_wslot *t = (txt_wslot *) malloc((size_t) nc * sizeof(txt_wslot));
        if (!t) return -1;
        for (int i = 0; i < nc; i++) t[i].node = -1;
        for (int i = 0; i < d->hcap; i++)
            if (d->hslot[i].node >= 0)
                hash_insert(t, nc, d->hslot[i].node, d->hslot[i].sym, d->hslot[i].to);
        free(d->hslot);
        d->hslot = t;
        d->hcap = nc;
    }
    hash_insert(d->hslot, d->hcap, node, sym, to);
    d->wbloom[node] |= (uint64_t) 1 << (sym & 63);
    return to;
}

/* A new symbol of 6+ ASCII letters or digits becomes a candidate of
 * approximate matching.  Returns 0 on memory failure. */
static int approx_add(txt_dict *d, const unsigned char *w, int len, int star, int sym)
{
    if (len < TXT_APPROX_MIN) return 1;
    for (int j = 0; j < len; j++) if (alpha_index(w[j]) < 0) return 1;
    if (d->an == d->acap) {
        int nc = d->acap ? 2 * d->acap : 64;
        if (!grow_int(&d->aoff, d->acap, nc, 0) || !grow_int(&d->alen, d->acap, nc, 0) ||
            !grow_int(&d->astar, d->acap, nc, 0) || !grow_int(&d->asym, d->acap, nc, 0))
            return 0;
        d->acap = nc;
    }
    if (d->abn + len > d->abcap) {
        int nc = 2 * (d->abcap + len);
        if (!grow_bytes(&d->abytes, d->abcap, nc)) return 0;
        d->abcap = nc;
    }
    memcpy(d->abytes + d->abn, w, (size_t) len);
    d->aoff[d->an] = d->abn;
    d->alen[d->an] = len;
    d->astar[d->an] = star;
    d->asym[d->an] = sym;
    d->abn += len;
    d->an++;
    return 1;
}

/* The first free index from i on in a double array: nf[j] == j for a free
 * index, j + 1 (or further, once compressed) for a taken one. */
static int next_free(int *nf, int i)
{
    int r = i;
    while (nf[r] != r) r = nf[r];
    while (nf[i] != r) { int nx = nf[i]; nf[i] = r; i = nx; }
    return r;
}

/* Lay the character trie out as a double array (first fit, breadth
 * first): one load and one compare per byte when scanning, in a table a
 * tenth the size of the dense children.  The base of a node is searched
 * among the free indices only (next_free()), so that a long chain (a word
 * of many letters) is laid out in linear time.  Returns 0 on memory
 * failure. */
static int double_array(txt_dict *d)
{
    int cap = 4 * d->cn + 512, n = 1;
    int *base = (int *) malloc((size_t) cap * sizeof(int));
    int *check = (int *) malloc((size_t) cap * sizeof(int));
    int *slot = (int *) malloc((size_t) d->cn * sizeof(int));    /* trie node -> index */
    int *queue = (int *) malloc((size_t) d->cn * sizeof(int));
    int *nf = (int *) malloc(((size_t) cap + 1) * sizeof(int));
    if (!base || !check || !slot || !queue || !nf) {
        free(base); free(check); free(slot); free(queue); free(nf);
        return 0;
    }
    for (int i = 0; i < cap; i++) { base[i] = 0; check[i] = -1; nf[i] = i; }
    nf[cap] = cap;
    check[0] = INT_MAX;             /* the root's index, taken */
    nf[0] = 1;
    slot[0] = 0;
    int qh = 0, qt = 0;
    queue[qt++] = 0;
    int kids[256], kto[256];
    while (qh < qt) {
        int u = queue[qh++], nk = 0;
        for (int a = 0; a < TXT_ALPHA; a++) {
            int v = d->cchild[(size_t) u * TXT_ALPHA + a];
            if (v < 0) continue;
            kids[nk] = a < 26 ? 'a' + a : '0' + (a - 26);
            kto[nk++] = v;
        }
        for (int e = d->xfirst[u]; e >= 0; e = d->xnext[e]) {
            kids[nk] = d->xbyte[e];
            kto[nk++] = d->xto[e];
        }
        if (nk == 0) continue;
        /* the smallest base b >= 1 whose slots for the kids are free: the
         * first kid's slot is a free index */
        int b;
        for (int f = next_free(nf, kids[0] + 1);; f = next_free(nf, f + 1)) {
            b = f - kids[0];
            if (b + 256 >= cap) {
                int nc = 2 * cap;
                int *q1 = (int *) realloc(base, (size_t) nc * sizeof(int));
                if (q1) base = q1;
                int *q2 = (int *) realloc(check, (size_t) nc * sizeof(int));
                if (q2) check = q2;
                int *q3 = (int *) realloc(nf, ((size_t) nc + 1) * sizeof(int));
                if (q3) nf = q3;
                if (!q1 || !q2 || !q3) {
                    free(base); free(check); free(slot); free(queue); free(nf);
                    return 0;
                }
                for (int i = cap; i < nc; i++) { base[i] = 0; check[i] = -1; }
                for (int i = cap + 1; i <= nc; i++) nf[i] = i;
                cap = nc;
            }
            int ok = 1;
            for (int j = 1; j < nk && ok; j++) ok = check[b + kids[j]] < 0;
            if (ok) break;
        }
        base[slot[u]] = b;
        for (int j = 0; j < nk; j++) {
            int t = b + kids[j];
            check[t] = slot[u];
            nf[t] = t + 1;
            slot[kto[j]] = t;
            queue[qt++] = kto[j];
            if (t + 1 > n) n = t + 1;
        }
    }
    check[0] = -1;                  /* nothing leads to the root */
    d->dn = n;
    d->dbase = base;
    d->dcheck = check;
    d->dexact = (int *) malloc((size_t) n * sizeof(int));
    d->dprefix = (int *) malloc((size_t) n * sizeof(int));
    d->dflags = (txt_flags *) calloc((size_t) n, sizeof(txt_flags));
    d->dpflags = (txt_flags *) calloc((size_t) n, sizeof(txt_flags));
    if (!d->dexact || !d->dprefix || !d->dflags || !d->dpflags) {
        free(slot); free(queue); free(nf);
        return 0;
    }
    for (int i = 0; i < n; i++) { d->dexact[i] = -1; d->dprefix[i] = -1; }
    for (int u = 0; u < d->cn; u++) {
        int t = slot[u];
        d->dexact[t] = d->exact[u];
        d->dprefix[t] = d->prefix[u];
        d->dflags[t] = d->flags[u];
        d->dpflags[t] = d->pflags[u];
    }
    free(slot);
    free(queue);
    free(nf);
    /* the trie as built is not read again */
    free(d->cchild); free(d->xfirst); free(d->xnext); free(d->xto); free(d->xbyte);
    free(d->exact); free(d->prefix); free(d->flags); free(d->pflags);
    d->cchild = d->xfirst = d->xnext = d->xto = d->exact = d->prefix = NULL;
    d->xbyte = NULL;
    d->flags = d->pflags = NULL;
    return 1;
}

/* ---- compiling ---- */

#define TXT_MAXWORDS 64
#define TXT_MAXWORDLEN 256      /* folded bytes kept of a pattern word */

/* A buffer of bytes that grows (R_alloc memory, freed when the call returns). */
typedef struct { unsigned char *b; size_t cap; } txt_buf;

/* Words of a pattern (flag == 0) or of a cue (flag = TF_*): fold and insert
 * into the character trie.  For a pattern, writes its symbols to syms (at
 * most maxw) and sets *firstcue when its first word, folded and without a
 * trailing '*', is a negation cue (cues are inserted first).  A cue word
 * ending in '*' flags every word that begins with it.  The folded words go
 * to fb, grown as needed (one buffer for all the patterns: an allocation per
 * pattern would cost a collection each under gctorture()).  Returns the
 * number of words, -1 on invalid UTF-8, -2 on memory. */
static int pattern_symbols(txt_dict *d, const char *pat, int *syms, int maxw, int flag,
                           int *firstcue, txt_buf *fb)
{
    const unsigned char *s = (const unsigned char *) pat;
    R_xlen_t n = (R_xlen_t) strlen(pat);
    if ((size_t) n + 1 > fb->cap) {
        fb->cap = 2 * ((size_t) n + 1) > 256 ? 2 * ((size_t) n + 1) : 256;
        fb->b = (unsigned char *) R_alloc(fb->cap, 1);
    }
    unsigned char *buf = fb->b;
    fold_scan sc;
    fold_word fw;
    fold_scan_init(&sc, s, n);
    int nw = 0, r;
    while ((r = fold_next(&sc, &fw, buf)) > 0) {
        int node = 0;
        for (int j = 0; j < fw.len; j++) {
            node = cnode_add(d, node, buf[j]);
            if (node < 0) return -2;
        }
        /* a '*' right after a word makes it a prefix */
        if (flag) {
            if (fw.star) {
                d->pflags[node] |= (txt_flags) flag;
                if (d->prefix[node] == -1) d->prefix[node] = -2;   /* a cue stem ends here */
            } else d->flags[node] |= (txt_flags) flag;
        } else if (nw < maxw) {
            if (nw == 0 && firstcue) *firstcue = (d->flags[node] & (TF_NEG | TF_NEGACC)) != 0;
            int *slot = fw.star ? &d->prefix[node] : &d->exact[node];
            if (*slot < 0) {        /* -1 nothing, -2 only a cue stem */
                *slot = d->nsym++;
                if (fw.len <= TXT_MAXWORDLEN && !approx_add(d, buf, fw.len, fw.star, *slot))
                    return -2;
            }
            syms[nw] = *slot;
        }
        nw++;
    }
    return r < 0 ? -1 : nw;
}

static txt_dict *txt_dict_new(void)
{
    txt_dict *d = (txt_dict *) calloc(1, sizeof(txt_dict));
    if (!d) return NULL;
    d->wcap = 64;
    d->hcap = 256;
    d->wout = (int *) malloc((size_t) d->wcap * sizeof(int));
    d->wbloom = (uint64_t *) calloc((size_t) d->wcap, sizeof(uint64_t));
    d->hslot = (txt_wslot *) malloc((size_t) d->hcap * sizeof(txt_wslot));
    if (!d->wout || !d->wbloom || !d->hslot) { txt_free(d); return NULL; }
    for (int i = 0; i < d->wcap; i++) d->wout[i] = -1;
    for (int i = 0; i < d->hcap; i++) d->hslot[i].node = -1;
    d->wn = 1;                   /* word-trie root */
    if (cnode_new(d) != 0) { txt_free(d); return NULL; }
    return d;
}

#define TXT_NCUES 31
static const char *const cue_names[TXT_NCUES] = {"negation", "breaks", "lack", "adequacy",
                                                 "skip", "coordination", "articles",
                                                 "accented negation", "only", "causes",
                                                 "causal prepositions", "nor", "not",
                                                 "correlatives", "correlative ands",
                                                 "accented adequacy", "asides", "known",
                                                 "continuation", "copulas", "exceptions",
                                                 "naming", "existential", "problem words",
                                                 "problem nouns", "indefinite articles",
                                                 "disjunctions", "topic prepositions",
                                                 "problem qualifiers", "echoes",
                                                 "echo negations"};
static const int cue_flags[TXT_NCUES] = {TF_NEG, TF_BREAK, TF_LACK, TF_ADEQ, TF_SKIP, TF_COORD,
                                         TF_ARTICLE, TF_NEGACC, TF_ONLY, TF_CAUSE, TF_CAUSEP,
                                         TF_NOR, TF_NOT, TF_BOTH, TF_BOTHAND, TF_ADEQACC,
                                         TF_ASIDE, TF_KNOWN, TF_STILL, TF_COPULA, TF_EXCEPT,
                                         TF_NAMING, TF_THERE, TF_PROBLEMW, TF_PROBLEMN,
                                         TF_INDEF, TF_OR, TF_TOPICP, TF_PROBLEMQ, TF_ECHO,
                                         TF_ECHONOT};

/* C_text_dictionary(patterns, category, kind, yield, ncat, cues, window, gap,
 *                   approximate, bare)
 * patterns: character (UTF-8), one per row; category: 1-based integer (NA
 * for contrast phrases); kind: integer PK_*; yield, bare: logical; cues: a list
 * of TXT_NCUES character vectors of single words (cue_names: negation,
 * clause words, lack, adequacy, skippable, coordination, articles, negation
 * cues that count only where the text writes them with an accent, the words
 * of "not only", words that open a cause, prepositions that open one before
 * a cue of lack, the negation cues of "nor" and those of "not", the two
 * words of correlative pairs, cues of adequacy written with an accent, words
 * of asides, words that are no typos, words of continuation, copulas,
 * clause words of an exception, words that may stand around a "not" naming
 * what is not the barrier, "there", the words of "problem" and those of
 * them that make a compound after a noun, the indefinite articles, the
 * disjunctions, the prepositions of a topic, the qualifiers of "problem"
 * and the words of an echo, of agreement and of negation;
 * lack and adequacy words may end in '*').  Returns an external pointer. */
SEXP C_text_dictionary(SEXP patterns, SEXP category, SEXP kind, SEXP yield, SEXP ncat,
                       SEXP cues, SEXP window, SEXP gap, SEXP approximate, SEXP bare)
{
    psv_check_type(patterns, STRSXP, "patterns");
    psv_check_type(category, INTSXP, "category");
    psv_check_type(kind, INTSXP, "kind");
    psv_check_type(yield, LGLSXP, "yield");
    psv_check_type(bare, LGLSXP, "bare");
    psv_check_type(cues, VECSXP, "cues");
    psv_check_length(cues, TXT_NCUES, "cues");
    for (int j = 0; j < TXT_NCUES; j++) {
        SEXP v = VECTOR_ELT(cues, j);
        psv_check_type(v, STRSXP, cue_names[j]);
        for (R_xlen_t i = 0; i < XLENGTH(v); i++)
            if (STRING_ELT(v, i) == NA_STRING)
                Rf_error("'%s' word %lld is NA", cue_names[j], (long long) i + 1);
    }
    R_xlen_t np = XLENGTH(patterns);
    if (np > INT_MAX / 4) Rf_error("too many patterns");
    psv_check_length(category, np, "category");
    psv_check_length(kind, np, "kind");
    psv_check_length(yield, np, "yield");
    psv_check_length(bare, np, "bare");
    int nc = psv_as_int(ncat, "ncat", 1, INT_MAX / 4);
    double win = psv_as_double(window, "window");
    if (win < 0) Rf_error("'window' must not be negative");
    int gp = psv_as_int(gap, "gap", 0, 1000);
    int approx = psv_as_flag(approximate, "approximate");
    const int *cat = INTEGER_RO(category), *knd = INTEGER_RO(kind), *yld = LOGICAL_RO(yield),
              *bre = LOGICAL_RO(bare);
    for (R_xlen_t i = 0; i < np; i++) {
        if (knd[i] == NA_INTEGER || knd[i] < PK_PROBLEM || knd[i] > PK_PRESENT)
            Rf_error("'kind' of pattern %lld is out of range", (long long) i + 1);
        if (knd[i] <= PK_EXCLUSION && (cat[i] == NA_INTEGER || cat[i] < 1 || cat[i] > nc))
            Rf_error("'category' of pattern %lld is out of range", (long long) i + 1);
        if (yld[i] == NA_LOGICAL) Rf_error("'yield' of pattern %lld is NA", (long long) i + 1);
        if (bre[i] == NA_LOGICAL) Rf_error("'bare' of pattern %lld is NA", (long long) i + 1);
        if (STRING_ELT(patterns, i) == NA_STRING)
            Rf_error("pattern %lld is NA", (long long) i + 1);
    }

    txt_dict *d = txt_dict_new();
    if (!d) Rf_error("cannot allocate the dictionary");
    /* protect d from leaking on error: hold it in a pointer with a finalizer
     * from the start */
    SEXP ptr = PROTECT(R_MakeExternalPtr(d, Rf_install("peersurvey_dictionary"), R_NilValue));
    R_RegisterCFinalizerEx(ptr, txt_finalize, TRUE);

    d->ncat = nc;
    d->window = win;
    d->gap = gp;
    d->approximate = approx;
    d->np = (int) np;
    size_t sz = (size_t) (np + 1) * sizeof(txt_pat);
    d->pat = (txt_pat *) malloc(sz);
    if (!d->pat)
        Rf_error("cannot allocate the dictionary");

    int syms[TXT_MAXWORDS];
    txt_buf fb = {NULL, 0};
    /* cues first: a pattern's first word is looked up among the negation cues */
    for (int j = 0; j < TXT_NCUES; j++) {
        SEXP v = VECTOR_ELT(cues, j);
        for (R_xlen_t i = 0; i < XLENGTH(v); i++) {
            int r = pattern_symbols(d, Rf_translateCharUTF8(STRING_ELT(v, i)), syms, 0,
                                    cue_flags[j], NULL, &fb);
            if (r == -1) Rf_error("'%s' word %lld is not valid UTF-8", cue_names[j],
                                  (long long) i + 1);
            if (r == -2) Rf_error("cannot allocate the dictionary");
        }
    }
    for (R_xlen_t i = 0; i < np; i++) {
        int firstcue = 0;
        int r = pattern_symbols(d, Rf_translateCharUTF8(STRING_ELT(patterns, i)), syms,
                                TXT_MAXWORDS, 0, &firstcue, &fb);
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
        d->pat[i].cat = knd[i] > PK_EXCLUSION ? -1 : cat[i] - 1;
        d->pat[i].kind = knd[i];
        d->pat[i].yield = yld[i];
        d->pat[i].bare = bre[i];
        d->pat[i].len = r;
        d->pat[i].concord = firstcue;
        d->pat[i].next = d->wout[node];
        d->wout[node] = (int) i;
    }
    if (!double_array(d)) Rf_error("cannot allocate the dictionary");
    d->wroot = (int *) malloc((size_t) (d->nsym > 0 ? d->nsym : 1) * sizeof(int));
    d->winner = (unsigned char *) calloc((size_t) (d->nsym > 0 ? d->nsym : 1), 1);
    if (!d->wroot || !d->winner) Rf_error("cannot allocate the dictionary");
    for (int k = 0; k < d->nsym; k++) d->wroot[k] = wnode_step(d, 0, k);
    for (int i = 0; i < d->hcap; i++)
        if (d->hslot[i].node > 0) d->winner[d->hslot[i].sym] = 1;
    UNPROTECT(1);
    return ptr;
}

/* ---- scanning ---- */

/* A word of a text: character positions (0-based, inclusive), flags, the
 * separator before it, and its symbols (syms[symoff .. symoff + nsym)). */
typedef struct {
    int start, end;         /* (an R string has fewer than 2^31 bytes) */
    int flags, sep, symoff, nsym;
    int ninner, nroot;      /* then syms[symoff + nsym ..]: the symbols that go on
                             * from other nodes (ninner), then a block per
                             * word-trie child of the root (nroot; see cache_word()) */
    unsigned char approx;
    unsigned char accent;   /* written with an accent or an apostrophe after it */
    unsigned char joined;   /* the next word follows a hyphen right after it: "non-clinical" */
    unsigned char comma;    /* after a lone comma (and spaces) that follows a word */
    int foff;               /* folded bytes: fbuf[foff .. foff + flen) */
    int flen;
} txt_tok;

typedef struct { int node, start, skip; } txt_state;

/* Units of a word (word_unit()) and the marks of the matches over it. */
typedef struct {
    int clause, pred, seg;
    int negc, neglc;        /* nearest negation cue (or cue of lack) a walk back reaches */
    unsigned char mark;     /* WM_* */
} txt_unit;
/* A match: pattern, first and last word, and the pattern's category and
 * kind (read again and again while matches are resolved). */
typedef struct { int pat, first, last, cat, kind; } txt_hit;

/* A word of the cache: its folded bytes (the first 8 in head, zero beyond
 * the word, the rest in kbytes), their hash, and what the dictionary gives
 * it: symbols (syms[symoff ..]), flags, and whether the symbols came by
 * approximate matching; after the symbols, what the matcher reads (ninner
 * symbols and nroot blocks, see cache_word()).  len < 0: an empty slot. */
typedef struct {
    uint64_t head;
    uint32_t hash;
    int len, koff, symoff, nsym, nroot, ninner;
    txt_flags flags;        /* TF_*, and TXT_CWORD_APPROX (40 bytes an entry) */
} txt_cword;

#define TXT_CWORD_APPROX 0x80000000u    /* the word's symbols are approximate matches */

#define EX_ABOUT 1      /* an exclusion holding a match of its category (exclusion_about()) */
#define EX_ACTIVE 2     /* an exclusion that no negation cue before it negates */
#define HP_UNKNOWN (-2) /* hit_facts() not yet worked out */

#define TXT_CACHE_MAX (1 << 16)  /* words cached before the cache is emptied */

/* Scratch buffers of one thread, grown with realloc.  They are held by a
 * txt_work behind an external pointer, so an error or an interrupt frees
 * them; a failed allocation sets oom and the text is given up. */
typedef struct {
    int oom;
    R_xlen_t wcap; txt_tok *tok;
    txt_unit *unit;                    /* per word (word_unit()) */
    int *nsep, *negafter;              /* per word, for exclusions (exclusion_words()) */
    R_xlen_t fcap; unsigned char *fbuf;   /* folded bytes of the words of a text */
    R_xlen_t scap; txt_state *cur, *nxt;
    /* the states of the next word by (node, start), once there are many:
     * slot h is taken when shgen[h] == gen */
    R_xlen_t shcap; int *shidx; unsigned int *shgen; unsigned int gen;
    R_xlen_t hcap; txt_hit *hits;
    R_xlen_t hscap; int *hstatus, *hrule, *hcause0, *hcause1;   /* per hit */
    int *hpre;      /* per hit, worked out once (hit_facts()): of an exclusion, EX_ABOUT |
                     * EX_ACTIVE; of a contrast match, the first word of the match it
                     * sets aside (-1 none); HP_UNKNOWN before */
    unsigned char *coded;              /* per category: coded by a hit (resolve()) */
    int roots;                         /* tokenize(): a word of the text may start a phrase */
    int negbare;                       /* ... and how many accent-only cues lack the accent */
    int adeqbare;                      /* ... how many accent-only cues of adequacy lack it */
    int onlyw;                         /* ... how many words of "not only" */
    int joinedneg;                     /* ... how many negation cues joined by a hyphen */
    int bothw;                         /* ... how many words that open a correlative pair */
    int asidew;                        /* ... how many words of asides */
    int adeqw;                         /* ... how many cues of adequacy */
    int echow;                         /* ... how many words of an echo (and "sì") */
    int commaw;                        /* ... how many words after a lone comma */
    int norw;                          /* ... how many cues of "nor" */
    R_xlen_t nhits;                    /* matches of the text (match_words()) */
    int lastneg;                       /* its last negation cue (-1 none) */
    int npast;                         /* its phrases of the past (resolve()) */
    int nocx;                          /* words before which a bare topic is not coded
                                        * (an answer opening with a lone negation cue) */
    /* the word cache: folded word -> symbols and flags, kept across the
     * answers of a call (they repeat their words); the symbols of cached
     * words in syms, their bytes beyond the 8th in kbytes (with 8 bytes to
     * spare at the end, read by word_head()) */
    int ccap, cn; txt_cword *cache;
    R_xlen_t symcap, nsyms; int *syms;
    R_xlen_t kbcap, kbn; unsigned char *kbytes;
} txt_scratch;

/* realloc to n elements of `size` bytes: NULL on failure, old left as it
 * was (and freed with the scratch) and w->oom set.  Safe in threads. */
static void *xgrow(txt_scratch *w, void *old, size_t n, size_t size)
{
    void *p = (n > 0 && n <= SIZE_MAX / size) ? realloc(old, n * size) : NULL;
    if (!p) w->oom = 1;
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

/* Append a symbol to the symbols of the cached words. */
static R_INLINE void push_sym(txt_scratch *w, int sym)
{
    if (w->nsyms == w->symcap) {
        R_xlen_t nc = w->symcap ? 2 * w->symcap : 256;
        int *q = nc < INT_MAX ? (int *) xgrow(w, w->syms, (size_t) nc, sizeof(int)) : NULL;
        if (!q) { w->oom = 1; return; }
        w->syms = q;
        w->symcap = nc;
    }
    w->syms[w->nsyms++] = sym;
}

static R_INLINE int is_vowel(unsigned char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Is the optimal string alignment distance of a (na bytes) and b (nb) at
 * most 1?  One substitution, insertion, deletion or swap of neighbours;
 * a vowel replaced by another before the last letter is no typo but
 * another word ("procedere" and "procedure"), while the last vowel may
 * differ ("carriere" and "carriera"). */
static int osa_le1(const unsigned char *a, int na, const unsigned char *b, int nb)
{
    if (na - nb > 1 || nb - na > 1) return 0;
    int i = 0, m = na < nb ? na : nb;
    while (i < m && a[i] == b[i]) i++;
    if (i == m) return 1;
    if (na == nb) {
        if (memcmp(a + i + 1, b + i + 1, (size_t) (na - i - 1)) == 0)
            return i == na - 1 || !(is_vowel(a[i]) && is_vowel(b[i]));
        return i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            memcmp(a + i + 2, b + i + 2, (size_t) (na - i - 2)) == 0;
    }
    if (na > nb) return memcmp(a + i + 1, b + i, (size_t) (nb - i)) == 0;
    return memcmp(a + i, b + i + 1, (size_t) (na - i)) == 0;
}

/* Is one of a (na bytes) and b (nb) the other with a vowel added at its
 * end?  "territoriale" and "territorial", "professional" and
 * "professionali": the same word in Italian and in English, not a typo. */
static int vowel_ending(const unsigned char *a, int na, const unsigned char *b, int nb)
{
    if (na == nb + 1) { const unsigned char *t = a; a = b; b = t; int k = na; na = nb; nb = k; }
    if (nb != na + 1 || memcmp(a, b, (size_t) na) != 0) return 0;
    unsigned char v = b[na];
    return v == 'a' || v == 'e' || v == 'i' || v == 'o';
}

/* Symbols of a folded word (no exact or prefix symbol of its own) whose
 * pattern word is at edit distance 1 and begins with the same letter
 * ("barriera" is not "carriera"): a plain word as a whole, unless one is
 * the other with a final vowel; a stem `stem*` against the word's first
 * letters. */
static void approx_symbols(const txt_dict *d, txt_scratch *w, const unsigned char *f, int fl)
{
    for (int c = 0; c < d->an; c++) {
        const unsigned char *p = d->abytes + d->aoff[c];
        int pl = d->alen[c], hit = 0;
        if (p[0] != f[0]) continue;
        if (!d->astar[c]) hit = osa_le1(f, fl, p, pl) && !vowel_ending(f, fl, p, pl);
        else
            for (int L = pl - 1; L <= pl + 1 && !hit; L++)
                if (L <= fl) hit = osa_le1(f, L, p, pl);
        if (hit) push_sym(w, d->asym[c]);
    }
}

/* Room for word nw and the per-word arrays; 0 when memory ran out. */
static int tok_reserve(txt_scratch *w, R_xlen_t nw)
{
    if (nw < w->wcap) return 1;
    size_t nc = (size_t) (w->wcap ? 2 * w->wcap : 64);
    void *q;
#define TXT_GROW(field, type) \
    if (!(q = xgrow(w, w->field, nc, sizeof(type)))) return 0; \
    w->field = (type *) q;
    TXT_GROW(tok, txt_tok)
    TXT_GROW(unit, txt_unit)
    TXT_GROW(nsep, int)
    TXT_GROW(negafter, int)
#undef TXT_GROW
    w->wcap = (R_xlen_t) nc;
    return 1;
}

/* ---- the word cache ---- */

/* The first 8 bytes of a word of len bytes (len >= 1) as one integer,
 * zero beyond the word; f has 8 readable bytes. */
static R_INLINE uint64_t word_head(const unsigned char *f, int len)
{
    uint64_t v;
    memcpy(&v, f, 8);
    int drop = 8 * (8 - (len < 8 ? len : 8));     /* bits past the word (len >= 1): no branch */
#ifdef WORDS_BIGENDIAN
    return v & (~(uint64_t) 0 << drop);
#else
    return v & (~(uint64_t) 0 >> drop);
#endif
}

/* Hash of a word: its head, then its bytes beyond the 8th (rest, nrest
 * bytes, 8 readable past them) 8 at a time. */
static R_INLINE uint32_t word_hash(uint64_t head, const unsigned char *rest, int nrest)
{
    uint64_t h = (head ^ (uint64_t) nrest) * 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < nrest; i += 8) {
        uint64_t v = word_head(rest + i, nrest - i);
        h = ((h ^ (h >> 29)) + v) * 0xBF58476D1CE4E5B9ULL;
    }
    return (uint32_t) (h >> 32);
}

/* Empty the cache (between two answers, once it is full). */
static void cache_clear(txt_scratch *w)
{
    for (int i = 0; i < w->ccap; i++) w->cache[i].len = -1;
    w->cn = 0;
    w->nsyms = 0;
    w->kbn = 0;
}

/* Double the cache's slots (or make the first 1024); 0 when memory ran out. */
static int cache_grow(txt_scratch *w)
{
    int nc = w->ccap ? 2 * w->ccap : 1024;
    txt_cword *q = (txt_cword *) malloc((size_t) nc * sizeof(txt_cword));
    if (!q) { w->oom = 1; return 0; }
    for (int i = 0; i < nc; i++) q[i].len = -1;
    uint32_t m = (uint32_t) nc - 1;
    for (int i = 0; i < w->ccap; i++) {
        if (w->cache[i].len < 0) continue;
        uint32_t h = w->cache[i].hash & m;
        while (q[h].len >= 0) h = (h + 1) & m;
        q[h] = w->cache[i];
    }
    free(w->cache);
    w->cache = q;
    w->ccap = nc;
    return 1;
}

static txt_cword *cache_word(const txt_dict *d, txt_scratch *w, const unsigned char *f, int len,
                             int alnum);

/* The slot of a word new to the cache, e (empty, where its probe ended) or
 * another once the cache has grown, filled by walking the character trie
 * (and, for a word the trie does not know, by approximate matching).  NULL
 * when memory ran out. */
static txt_cword *cache_new(const txt_dict *d, txt_scratch *w, const unsigned char *f, int len,
                            int alnum, txt_cword *e, uint64_t head, uint32_t hash)
{
    if (2 * (w->cn + 1) > w->ccap) {
        if (!cache_grow(w)) return NULL;
        return cache_word(d, w, f, len, alnum);
    }
    if (len > 8) {
        if (w->kbn + len + 8 > w->kbcap) {
            R_xlen_t nc = 2 * (w->kbcap + len + 8);
            unsigned char *q = nc < INT_MAX ? (unsigned char *) xgrow(w, w->kbytes, (size_t) nc, 1)
                                            : NULL;
            if (!q) { w->oom = 1; return NULL; }
            memset(q + w->kbcap, 0, (size_t) (nc - w->kbcap));
            w->kbytes = q;
            w->kbcap = nc;
        }
        memcpy(w->kbytes + w->kbn, f + 8, (size_t) (len - 8));
        e->koff = (int) w->kbn;
        w->kbn += len - 8;
    }
    R_xlen_t symoff = w->nsyms;
    int node = 0, flags = 0;
    const int *base = d->dbase, *check = d->dcheck, *prefix = d->dprefix;
    for (int j = 0; j < len; j++) {
        int t = base[node] + f[j];
        if (check[t] != node) { node = -1; break; }
        node = t;
        /* prefix[] is -1 where no stem ends */
        if (prefix[node] != -1) {
            flags |= d->dpflags[node];
            if (prefix[node] >= 0) push_sym(w, prefix[node]);
        }
    }
    if (node >= 0) {
        flags |= d->dflags[node];
        if (d->dexact[node] >= 0) push_sym(w, d->dexact[node]);
    }
    int approx = 0;
    if (d->approximate && w->nsyms == symoff && flags == 0 && len >= TXT_APPROX_MIN && alnum) {
        approx_symbols(d, w, f, len);
        approx = w->nsyms > symoff;
    }
    /* what the matcher reads: the symbols that lead from nodes other than
     * the root, then for each child of the root the word leads to, in the
     * order of the symbols, a block: the child when a phrase goes on from
     * it (else -1), the number of patterns that end there and, for each,
     * the pattern, its category and its kind */
    int nsym = (int) (w->nsyms - symoff), nroot = 0, ninner = 0;
    for (int j = 0; j < nsym && !w->oom; j++) {
        int sym = w->syms[symoff + j];
        if (d->winner[sym]) { push_sym(w, sym); ninner++; }
    }
    for (int j = 0; j < nsym && !w->oom; j++) {
        int to = d->wroot[w->syms[symoff + j]];
        if (to < 0) continue;
        nroot++;
        push_sym(w, d->wbloom[to] ? to : -1);
        R_xlen_t at = w->nsyms;
        push_sym(w, 0);
        for (int p = d->wout[to]; p >= 0 && !w->oom; p = d->pat[p].next) {
            push_sym(w, p);
            push_sym(w, d->pat[p].cat);
            push_sym(w, d->pat[p].kind);
            w->syms[at]++;
        }
    }
    if (w->oom) return NULL;
    e->nroot = nroot;
    e->ninner = ninner;
    e->head = head;
    e->hash = hash;
    e->len = len;
    e->symoff = (int) symoff;
    e->nsym = nsym;
    e->flags = (txt_flags) flags | (approx ? TXT_CWORD_APPROX : 0);
    w->cn++;
    return e;
}

/* The cached word of folded bytes f (len, 8 readable past them): its slot,
 * found by its hash, or filled when the word is new (cache_new()).  alnum:
 * the bytes are all a-z 0-9.  NULL when memory ran out.  (The search is
 * inlined into the scanner: most words of a text are in the cache.) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static R_INLINE txt_cword *cache_find(const txt_dict *d, txt_scratch *w, const unsigned char *f,
                                      int len, int alnum)
{
    uint64_t head = word_head(f, len);
    uint32_t hash = word_hash(head, f + 8, len - 8);
    uint32_t m = (uint32_t) w->ccap - 1, h = hash & m;
    txt_cword *e;
    for (;;) {
        e = &w->cache[h];
        if (e->len < 0) break;
        if (e->head == head && e->len == len &&
            (len <= 8 ||
             (len <= 16 ? word_head(w->kbytes + e->koff, len - 8) == word_head(f + 8, len - 8)
                        : memcmp(w->kbytes + e->koff, f + 8, (size_t) (len - 8)) == 0)))
            return e;
        h = (h + 1) & m;
    }
    return cache_new(d, w, f, len, alnum, e, head, hash);
}

static txt_cword *cache_word(const txt_dict *d, txt_scratch *w, const unsigned char *f, int len,
                             int alnum)
{
    return cache_find(d, w, f, len, alnum);
}

/* Units of word k, computed as the words of a text that may hold a match
 * are matched (match_words()), from the state u of word k - 1: 
 * - its clause, predicate and segment.  A clause ends at clause
 *   punctuation and before a clause word; a predicate also ends before a
 *   cue of lack or negation (not one of "nor": "non ci sono barriere
 *   economiche, né di formazione") that follows a comma-like separator or
 *   a coordination ("ruolo non chiaro e mancanza di supervisione") and
 *   before a cause ("non si parte perché mancano i fondi", "non si parte
 *   per mancanza di fondi"); a segment ends at every separator of a list
 *   and at coordinations;
 * - whether it may start a predicate (sp): a cue of lack or negation does
 *   after a comma-like separator or a coordination, with only function
 *   words between ("e la mancanza", ", il problema"), any word does after
 *   a coordination and an article ("... non clinica e il suo ruolo resta
 *   ambiguo") unless a noun phrase of 1 to TXT_NOMINAL words comes before
 *   the coordination in its predicate ("i fondi e la formazione sono
 *   adeguati": nom, nomc).  Walking back from k: word j = k, k - 1, ...,
 *   1 gives 1 when a segment separator comes before j or a coordination is
 *   word j - 1, 0 when another separator comes before j or word j - 1 is
 *   not a function word, else goes on to j - 1; so sp(k) is decided at k or
 *   is sp(k - 1);
 * - the nearest negation cue before it (negc) and the nearest negation cue
 *   or cue of lack (neglc) that a walk back reaches: the walk checks word
 *   c, then stops when a colon comes before c + 1, so the nearest is k - 1
 *   when it is a cue, else, unless a colon comes before k, the nearest of
 *   k - 1.  negation_before() adds the predicate and the window.
 * Written with & and | rather than && and ||: the words' flags follow no
 * pattern a branch predictor could learn. */
typedef struct { int cl, pr, sg, sp, neg, negl, fq, fq2, nom, nomc, hd; } txt_ustate;

#define TXT_NOMINAL 4            /* words of a noun phrase before a coordination */

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
/* Does word t (not the first) start a clause: clause punctuation before it,
 * or a clause word ("ma", "but")? */
static R_INLINE int new_clause(const txt_tok *t)
{
    return (t->sep == SEP_CLAUSE) | ((t->flags & TF_BREAK) != 0);
}

static R_INLINE void word_unit(txt_scratch *w, R_xlen_t k, txt_ustate *u)
{
    int fl = w->tok[k].flags, sep = w->tok[k].sep, newpred = 1;
    if (k > 0) {
        int fq = u->fq, none = sep == SEP_NONE;
        int on = (sep == SEP_SEGMENT) | ((fq & TF_COORD) != 0);
        /* (a word of "only" is passed as a function word: "nessuna
         * resistenza, solo poca formazione") */
        int off = !none | !(fq & (TF_SKIP | TF_ONLY)) | ((fq & TF_CUES) != 0);
        u->sp = on | (u->sp & !off);
        int newclause = new_clause(&w->tok[k]);
        int art = none & ((fq & TF_ARTICLE) != 0) & (w->tok[k - 1].sep == SEP_NONE);
        /* a cause: "perché", or "per" before a cue of lack, with or without
         * an article ("per (la) mancanza di fondi", "for lack of") */
        int cause = ((fl & TF_CAUSE) != 0) |
                    (none & ((fl & TF_LACK) != 0) &
                     (((fq & TF_CAUSEP) != 0) | (art & ((u->fq2 & TF_CAUSEP) != 0))));
        int cue = ((fl & TF_LACK) != 0) | ((fl & (TF_NEG | TF_NOR)) == TF_NEG);
        /* (not after a noun phrase: "i fondi e la formazione sono
         * adeguati" is one predicate) */
        int nominal = (u->nomc >= 1) & (u->nomc <= TXT_NOMINAL);
        newpred = newclause | (cue & u->sp) |
                  (art & ((u->fq2 & TF_COORD) != 0) & !nominal) | cause;
        u->cl += newclause;
        u->pr += newpred;
        u->sg += newclause | !none | ((fl & TF_COORD) != 0);
        int colon = sep == SEP_COLON;
        /* a negation cue right before a separator ("Nessuna, abbiamo i
         * fondi") negates nothing after it */
        int negk = (fq & TF_NEG) && none;
        u->neg = negk ? (int) k - 1 : colon ? -1 : u->neg;
        u->negl = (negk || (fq & TF_LACK)) ? (int) k - 1 : colon ? -1 : u->negl;
    }
    /* a noun phrase since the predicate began (nom: its words that are no
     * function words and no cues, or -1 when it is none: another word, or
     * a separator other than a list's inside it), and as it was before the
     * last coordination (nomc) */
    int nb = newpred ? 0 : u->nom, hd = !newpred & u->hd;
    if (fl & TF_COORD) u->nomc = nb;
    /* (a cue of lack that heads it, and the function words right after
     * the cue, are no words of the phrase but what governs it: "Lack of
     * funding, training and a clear role" is one predicate) */
    u->hd = (nb == 0) & (((fl & (TF_LACK | TF_NEG | TF_ADEQ)) == TF_LACK) |
                         (hd & ((fl & (TF_SKIP | TF_CUES)) == TF_SKIP)));
    u->nom = u->hd ? 0 :
             (nb < 0 || (nb > 0 && sep != SEP_NONE && sep != SEP_SEGMENT)) ? -1 :
             (fl & (TF_ARTICLE | TF_BOTH)) ? nb : !(fl & (TF_SKIP | TF_CUES)) ? nb + 1 : -1;
    u->fq2 = u->fq;             /* flags of words k - 1 and k - 2 at the next word */
    u->fq = fl;
    txt_unit *o = &w->unit[k];
    o->clause = u->cl;
    o->pred = u->pr;
    o->seg = u->sg;
    o->negc = u->neg;
    o->neglc = u->negl;
    o->mark = 0;                /* and no mark yet */
}

/* An accent-only negation cue written without its accent (TF_NEGACC
 * without TF_NEG) is a cue when the same word occurs again in its clause,
 * with or without the accent: "ne fondi ne formazione" (clauses as
 * new_clause() cuts them); and when a negation cue comes before it in its
 * clause and the word right before it is neither a function word nor a
 * cue (nor "si"): "nn abbiamo soldi ne formazione" (the pronoun follows a
 * negation or a function word: "non ne abbiamo", "i fondi non ci sono, ne
 * abbiamo chiesti").  The
 * units are free until the words are matched: for each clause, the first
 * occurrence of each such word and its count are kept in them (negc,
 * neglc of the clause's first slots), and each word's entry in clause;
 * the cost is the words times the distinct cue words of the clause. */
static void negation_repeated(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    txt_unit *u = w->unit;
    R_xlen_t c0 = 0;
    for (R_xlen_t k = 0; k <= nw; k++) {
        if (k < nw && (k == 0 || !new_clause(&tok[k]))) continue;
        int nrep = 0;                   /* the clause [c0, k) */
        R_xlen_t neg0 = -1;              /* its first negation cue */
        for (R_xlen_t a = c0; a < k; a++) {
            if ((tok[a].flags & TF_NEG) && neg0 < 0) neg0 = a;
            if (!(tok[a].flags & TF_NEGACC)) continue;
            int j = 0;
            for (; j < nrep; j++) {
                const txt_tok *t = &tok[u[c0 + j].negc];
                if (t->flen == tok[a].flen &&
                    memcmp(w->fbuf + t->foff, w->fbuf + tok[a].foff, (size_t) t->flen) == 0)
                    break;
            }
            if (j == nrep) { u[c0 + j].negc = (int) a; u[c0 + j].neglc = 0; nrep++; }
            u[c0 + j].neglc++;
            u[a].clause = j;
        }
        for (R_xlen_t a = c0; a < k && nrep; a++)
            if ((tok[a].flags & (TF_NEGACC | TF_NEG)) == TF_NEGACC &&
                (u[c0 + u[a].clause].neglc > 1 ||
                 (neg0 >= 0 && neg0 < a - 1 &&
                  !(tok[a - 1].flags & (TF_SKIP | TF_CUES | TF_ADEQACC)))))
                tok[a].flags |= TF_NEG;
        c0 = k;
    }
}

/* An accent-only cue of adequacy written without its accent (TF_ADEQACC
 * without TF_ADEQ) is one where a separator or the end of the answer
 * follows it: "formazione si, supervisione no" and "Fondi: si" say "sì",
 * while the pronoun of "si fa formazione" always has a verb after it. */
static void adequacy_bare(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    for (R_xlen_t k = 0; k < nw; k++)
        if ((tok[k].flags & (TF_ADEQACC | TF_ADEQ)) == TF_ADEQACC &&
            (k == nw - 1 || tok[k + 1].sep != SEP_NONE))
            tok[k].flags |= TF_ADEQ;
}

/* Negation cues that negate nothing: one joined by a hyphen to the next
 * word ("non-recurrent", "non-clinical"), which loses its flags of a cue
 * and makes a cue of adequacy it is joined to one of lack ("non-existent",
 * "non-adequate"); and "not only": a negation cue followed by a word of
 * "only" ("solo", "only", "nur"), with only function words between them in
 * one segment, which becomes a function word: "non solo la mancanza di
 * fondi, ma anche ...", "non ci sono solo problemi di fondi", "not just
 * funding". */
static void negation_spent(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    for (R_xlen_t k = 0; k + 1 < nw && w->joinedneg; k++) {
        if (!tok[k].joined) continue;
        if ((tok[k].flags & TF_NEG) && (tok[k + 1].flags & TF_ADEQ))
            tok[k + 1].flags = (tok[k + 1].flags & ~TF_ADEQ) | TF_LACK;
        tok[k].flags &= ~(TF_NEG | TF_NEGACC);
    }
    for (R_xlen_t k = 1; k < nw && w->onlyw; k++) {
        if (!(tok[k].flags & TF_ONLY)) continue;
        for (R_xlen_t j = k - 1; j >= 0 && tok[j + 1].sep == SEP_NONE; j--) {
            if (tok[j].flags & TF_NEG) {
                tok[j].flags = (tok[j].flags & ~TF_NEG) | TF_SKIP;
                break;
            }
            if (!(tok[j].flags & TF_SKIP) || (tok[j].flags & TF_CUES)) break;
        }
    }
}

/* The second word of a correlative pair is a coordination: "mancano sia i
 * fondi che la formazione", "sia i fondi sia la formazione".  A word that
 * opens a pair (TF_BOTH; not right after a "che" that is no coordination:
 * "che sia", the verb) is joined by the first word of TF_BOTHAND after it
 * in its clause, with a word or more between them, which becomes a
 * coordination (and no function word); a word that joins a pair and may
 * open one opens the next ("sia X, sia Y, sia Z"). */
static void correlatives(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    R_xlen_t open = -1;
    for (R_xlen_t k = 0; k < nw; k++) {
        if (k > 0 && new_clause(&tok[k])) open = -1;
        int fl = tok[k].flags;
        if (open >= 0 && (fl & TF_BOTHAND) && k > open + 1) {
            tok[k].flags = (txt_flags) ((fl & ~TF_SKIP) | TF_COORD);
            open = (fl & TF_BOTH) ? k : -1;
            continue;
        }
        if ((fl & TF_BOTH) && open < 0 &&
            !(k > 0 && tok[k].sep == SEP_NONE &&
              (tok[k - 1].flags & (TF_BOTHAND | TF_COORD)) == TF_BOTHAND))
            open = k;
    }
}

#define TXT_ASIDE_WORDS 4         /* words of a parenthetical aside, at most */

/* Are bytes a..b-1 one comma and spaces? */
static int lone_comma(const unsigned char *s, R_xlen_t a, R_xlen_t b)
{
    int n = 0;
    for (R_xlen_t i = a; i < b; i++) {
        if (s[i] == ',') n++;
        else if (s[i] != ' ' && s[i] != '\t') return 0;
    }
    return n == 1;
}

/* A parenthetical aside: at most TXT_ASIDE_WORDS words between two lone
 * commas, after a word, each a word of asides or a function word that is
 * no cue, one at least of asides ("i fondi, invece, non sono un problema",
 * "funding, on the other hand, has been secured").  Its commas separate
 * nothing and its words are function words. */
static void asides(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    for (R_xlen_t k = 1; k < nw; k++) {
        if (!tok[k].comma) continue;
        R_xlen_t m = k;
        int aside = 0;
        while (m < nw && m - k < TXT_ASIDE_WORDS && (m == k || tok[m].sep == SEP_NONE) &&
               ((tok[m].flags & TF_ASIDE) || (tok[m].flags & (TF_SKIP | TF_CUES)) == TF_SKIP)) {
            aside |= (tok[m].flags & TF_ASIDE) != 0;
            m++;
        }
        if (!aside || m >= nw || !tok[m].comma) continue;
        tok[k].sep = tok[m].sep = SEP_NONE;
        for (R_xlen_t j = k; j < m; j++) tok[j].flags = TF_SKIP;
        k = m;
    }
}

/* Is the word of token t, folded, the n bytes of s? */
static R_INLINE int folded_is(const txt_scratch *w, const txt_tok *t, const char *s, int n)
{
    return t->flen == n && memcmp(w->fbuf + t->foff, s, (size_t) n) == 0;
}

/* "as well as" is a coordination ("Funding as well as training are
 * lacking"), not "well", a cue of adequacy, between two function words: its
 * words are all words of an echo (w->echow), read as "and". */
static void as_well_as(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    for (R_xlen_t k = 1; k + 1 < nw; k++)
        if (tok[k].sep == SEP_NONE && tok[k + 1].sep == SEP_NONE &&
            folded_is(w, &tok[k], "well", 4) && folded_is(w, &tok[k - 1], "as", 2) &&
            folded_is(w, &tok[k + 1], "as", 2)) {
            tok[k - 1].flags = TF_SKIP;
            tok[k].flags = TF_COORD;
            tok[k + 1].flags = TF_SKIP;
        }
}

#define TXT_QUESTION_WORDS 3      /* words before a '?' read as a colon */

/* Are bytes [a, b) of s one or more '?' with only spaces and tabs around? */
static int question_mark(const unsigned char *s, R_xlen_t a, R_xlen_t b)
{
    int q = 0;
    for (R_xlen_t i = a; i < b; i++) {
        if (s[i] == '?') q = 1;
        else if (s[i] != ' ' && s[i] != '\t') return 0;
    }
    return q;
}

#define TXT_ELLIPSIS 5           /* words of a sentence that goes on with a negation */

/* A short sentence (at most TXT_ELLIPSIS words) that starts or ends with a
 * cue of "nor" read as a negation cue, after a sentence with a negation
 * cue, goes on with that sentence as after a comma: "Il finanziamento non
 * è un problema. La formazione nemmeno." reads as "..., la formazione
 * nemmeno", and so do "Nor training." and "Neanche di formazione.".  The
 * sentences are those of the punctuation (SEP_CLAUSE); one so joined is
 * part of the sentence before it for the next. */
static void ellipsis_joined(txt_scratch *w, R_xlen_t nw)
{
    txt_tok *tok = w->tok;
    R_xlen_t p = 0;                      /* the first word of the sentence before */
    for (R_xlen_t k = 1; k < nw; k++) {
        if (tok[k].sep != SEP_CLAUSE) continue;
        R_xlen_t e = k + 1;
        while (e < nw && tok[e].sep != SEP_CLAUSE) e++;
        int join = 0;
        if (e - k <= TXT_ELLIPSIS &&
            ((tok[k].flags & (TF_NOR | TF_NEG)) == (TF_NOR | TF_NEG) ||
             (tok[e - 1].flags & (TF_NOR | TF_NEG)) == (TF_NOR | TF_NEG)))
            for (R_xlen_t j = p; j < k && !join; j++) join = (tok[j].flags & TF_NEG) != 0;
        if (join) tok[k].sep = SEP_SEGMENT;
        else p = k;
    }
}

/* Is the first word from word j, in its segment, past at most three
 * function words, articles and qualifiers of "problem", a word of
 * "problem" ("the problem is", "il vero problema")? */
static int problem_at(const txt_tok *t, R_xlen_t nw, R_xlen_t j)
{
    for (R_xlen_t k = j; k < nw && (k == j || t[k].sep == SEP_NONE) && k - j < 4; k++) {
        if (t[k].flags & TF_PROBLEMW) return 1;
        if (!(t[k].flags & (TF_SKIP | TF_ARTICLE | TF_PROBLEMQ)) || (t[k].flags & TF_CUES))
            return 0;
    }
    return 0;
}

#define TXT_NOR_ITEM 4           /* words of the last item of "neither ... nor ..." */

/* A subject "neither A nor B" whose predicate follows its last item ("Neither
 * funding nor training is the issue", "Né i fondi né la formazione sono un
 * problema", "... mancano") reads as "A and B are not the issue": the
 * opening cue becomes a function word that opens a pair (as "sia" does in
 * a noun phrase: word_unit()), the next cues of "nor" coordinations, and a
 * negation cue ("not" after "neither", "non" after "né") is put as a word
 * of no characters before the predicate, so that
 * the exclusions and cues of the predicate read it ("not the issue", "non
 * mancano").  The opening cue starts its segment (the text, a separator or
 * a clause word before it); a cue of "nor" follows words other than
 * function words and cues; the predicate is a copula, a cue of lack or a
 * cue of adequacy after 1 to TXT_NOR_ITEM such words of the last item,
 * with no separator after that cue of "nor", all in one clause.  Without
 * a predicate so placed nothing changes: "Non abbiamo né fondi né
 * formazione", "Né fondi né formazione." state both lacks.  Returns the
 * number of words, -2 when memory ran out. */
static R_xlen_t nor_predicate(const txt_dict *d, txt_scratch *w, R_xlen_t nw)
{
    static const unsigned char en[16] = "not", it[16] = "non";   /* 8 readable past */
    static const unsigned char en_or[16] = "or", it_or[16] = "o";
    const int both = TF_NOR | TF_NEG;
    for (R_xlen_t k0 = 0; k0 < nw; k0++) {
        txt_tok *t = w->tok;
        if ((t[k0].flags & both) != both ||
            !(k0 == 0 || t[k0].sep != SEP_NONE || (t[k0 - 1].flags & TF_BREAK)))
            continue;
        const unsigned char *wd = w->fbuf + t[k0].foff;
        const unsigned char *neg = (t[k0].flen == 7 && memcmp(wd, "neither", 7) == 0) ? en :
                                   (t[k0].flen == 2 && memcmp(wd, "ne", 2) == 0) ? it : NULL;
        if (!neg) continue;
        R_xlen_t last = -1, v = -1, brk = -1;
        int content = 0;
        for (R_xlen_t k = k0 + 1; k < nw; k++) {
            int fl = t[k].flags;
            if (t[k].sep == SEP_CLAUSE || t[k].sep == SEP_COLON || (fl & TF_BREAK)) {
                brk = k;
                break;
            }
            if ((fl & both) == both) {
                if (!content) break;
                last = k;
                content = 0;
                continue;
            }
            if (last >= 0 && t[k].sep != SEP_NONE) { brk = k; break; }
            if (last >= 0 && content && (fl & (TF_COPULA | TF_LACK | TF_ADEQ))) { v = k; break; }
            if (!(fl & (TF_SKIP | TF_CUES)) && ++content > TXT_NOR_ITEM && last >= 0) break;
        }
        /* ... and a list "neither A nor B" that a comma, a dash or a colon
         * ends, with the problem named after it, reads as "not A or B"
         * naming what is not the barrier: "Neither funding nor training:
         * the problem is stigma", "Né fondi né formazione, il problema è lo
         * stigma" */
        if (v < 0 && (last < 0 || !content || brk < 0 || t[brk].sep == SEP_CLAUSE ||
                      (t[brk].flags & TF_BREAK) || !problem_at(t, nw, brk)))
            continue;
        const txt_cword *e = cache_word(d, w, neg, 3, 1);
        if (!e) return -2;
        if (!(e->flags & TF_NEG)) continue;   /* (a dictionary without the cue) */
        if (v < 0) {
            int nf = (int) (e->flags & ~TXT_CWORD_APPROX);
            const txt_cword *e_or = neg == en ? cache_word(d, w, en_or, 2, 1)
                                              : cache_word(d, w, it_or, 1, 1);
            if (!e_or) return -2;
            int of = (int) (e_or->flags & ~TXT_CWORD_APPROX);
            if (!(of & TF_OR)) continue;   /* (a dictionary without it) */
            t = w->tok;
            t[k0].flags = nf;
            for (R_xlen_t k = k0 + 1; k <= last; k++)
                if ((t[k].flags & both) == both) t[k].flags = of;
            continue;
        }
        if (nw >= w->wcap && !tok_reserve(w, nw)) return -2;
        t = w->tok;
        t[k0].flags = TF_SKIP | TF_BOTH;
        for (R_xlen_t k = k0 + 1; k <= last; k++)
            if ((t[k].flags & both) == both) t[k].flags = TF_COORD;
        memmove(t + v + 1, t + v, (size_t) (nw - v) * sizeof(txt_tok));
        txt_tok *x = &t[v];
        x->end = x->start - 1;
        x->flags = (int) (e->flags & ~TXT_CWORD_APPROX);
        x->symoff = e->symoff;
        x->nsym = e->nsym;
        x->nroot = e->nroot;
        x->ninner = e->ninner;
        x->approx = 0;
        x->accent = 0;
        x->joined = 0;
        x->comma = 0;
        x->flen = 0;
        w->roots |= e->nroot;
        w->echow += (x->flags & (TF_ECHO | TF_ECHONOT)) != 0;
        nw++;
        k0 = v + 1;
    }
    return nw;
}

/* Cut a text (n bytes) into words (fold_next()).  With a dictionary, each
 * word gets its symbols and flags (through the word cache); without
 * (d == NULL), only positions and separators.  The folded bytes of the
 * words are left in w->fbuf, one word after another.  Returns the number
 * of words, -1 on invalid UTF-8, -2 when memory ran out. */
static R_xlen_t tokenize(const txt_dict *d, const unsigned char *s, R_xlen_t n, txt_scratch *w)
{
    if (n + 8 >= w->fcap) {
        R_xlen_t nc = 2 * n + 64;
        unsigned char *q = (unsigned char *) xgrow(w, w->fbuf, (size_t) nc, 1);
        if (!q) return -2;
        memset(q, 0, (size_t) nc);          /* the 8 bytes read past a word are defined */
        w->fbuf = q;
        w->fcap = nc;
    }
    if (d && (w->cn >= TXT_CACHE_MAX || w->ccap == 0)) {
        if (w->ccap == 0) { if (!cache_grow(w)) return -2; }
        else cache_clear(w);
    }
    fold_scan sc;
    fold_word fw;
    fold_scan_init(&sc, s, n);
    R_xlen_t nw = 0, off = 0;
    int r;
    w->roots = 0;
    w->negbare = 0;
    w->adeqbare = 0;
    w->onlyw = 0;
    w->joinedneg = 0;
    w->bothw = 0;
    w->asidew = 0;
    w->adeqw = 0;
    w->echow = 0;
    w->commaw = 0;
    w->norw = 0;
    R_xlen_t prevb1 = -1, clause0 = 0;
    while ((r = fold_next(&sc, &fw, w->fbuf + off)) > 0) {
        /* a question mark after the first words of a clause, with only
         * spaces around it, asks of them as a colon would name them:
         * "Fondi? Ci sono." reads as "Fondi: ci sono." */
        if (fw.sep == SEP_CLAUSE && nw > 0 && nw - clause0 <= TXT_QUESTION_WORDS &&
            question_mark(s, prevb1, fw.b0))
            fw.sep = SEP_COLON;
        if (fw.sep == SEP_CLAUSE) clause0 = nw;
        int flags = 0, approx = 0, symoff = 0, nsym = 0, nroot = 0, ninner = 0;
        if (d) {
            const txt_cword *e = cache_find(d, w, w->fbuf + off, fw.len, fw.alnum);
            if (!e) return -2;
            flags = (int) (e->flags & ~TXT_CWORD_APPROX);
            approx = (e->flags & TXT_CWORD_APPROX) != 0;
            symoff = e->symoff;
            nsym = e->nsym;
            nroot = e->nroot;
            ninner = e->ninner;
        }
        /* "è", "é" and "e'" are the verb, not the coordination "e"; a
         * negation cue written with an accent is one with it ("né", "ne'"),
         * and without it only when repeated in its clause (below): "ne" is
         * the pronoun of "ce ne sono", not of "ne fondi ne formazione" */
        if (flags & (TF_COORD | TF_NEGACC)) {
            /* ... and so is an "e" right after a negation cue, written
             * without its accent ("non e un problema") */
            if ((flags & TF_COORD) &&
                (fw.accent || (nw > 0 && fw.sep == SEP_NONE && (w->tok[nw - 1].flags & TF_NEG))))
                flags = (flags & ~TF_COORD) | TF_SKIP | TF_COPULA | TF_NAMING;
            if (flags & TF_NEGACC) {
                if (fw.accent) flags |= TF_NEG;
                else w->negbare++;
            }
        }
        if (flags & TF_ADEQACC) {
            if (fw.accent) flags |= TF_ADEQ;
            else w->adeqbare++;
        }
        /* a clause word right after a cue of lack that may also stand in
         * an aside qualifies the cue and starts no clause: "mancano però
         * ore dedicate"; "but" and "ma" cannot follow what they qualify
         * ("Funding is short but we hope it improves") */
        if ((flags & (TF_BREAK | TF_ASIDE)) == (TF_BREAK | TF_ASIDE) && nw > 0 &&
            fw.sep == SEP_NONE &&
            (w->tok[nw - 1].flags & (TF_LACK | TF_NEG)) == TF_LACK)
            flags &= ~TF_BREAK;
        if (nw >= w->wcap && !tok_reserve(w, nw)) return -2;
        /* a word right after "<previous word>-" */
        if (nw > 0 && fw.start == w->tok[nw - 1].end + 2 && s[prevb1] == '-') {
            w->tok[nw - 1].joined = 1;
            w->joinedneg += (w->tok[nw - 1].flags & (TF_NEG | TF_NEGACC)) != 0;
        }
        int comma = fw.sep == SEP_SEGMENT && nw > 0 && lone_comma(s, prevb1, fw.b0);
        prevb1 = fw.b1;
        txt_tok *t = &w->tok[nw];
        t->start = (int) fw.start;
        t->end = (int) fw.end;
        t->flags = flags;
        t->sep = fw.sep;
        t->symoff = symoff;
        t->nsym = nsym;
        t->nroot = nroot;
        t->ninner = ninner;
        t->approx = (unsigned char) approx;
        t->accent = (unsigned char) fw.accent;
        t->joined = 0;
        t->comma = (unsigned char) comma;
        t->foff = (int) off;
        t->flen = fw.len;
        off += fw.len;
        w->roots |= nroot;
        w->onlyw += (flags & TF_ONLY) != 0;
        w->bothw += (flags & TF_BOTH) != 0;
        w->asidew += (flags & TF_ASIDE) != 0;
        w->adeqw += (flags & TF_ADEQ) != 0;
        w->echow += (flags & (TF_ECHO | TF_ECHONOT | TF_ADEQACC)) != 0;
        w->commaw += comma;
        w->norw += (flags & TF_NOR) != 0;
        nw++;
    }
    if (r < 0) return -1;
    if (w->echow >= 3) as_well_as(w, nw);
    if (w->norw) ellipsis_joined(w, nw);
    if (w->negbare) negation_repeated(w, nw);
    if (w->adeqbare) adequacy_bare(w, nw);
    if (w->onlyw || w->joinedneg) negation_spent(w, nw);
    if (w->bothw) correlatives(w, nw);
    if (w->asidew && w->commaw >= 2) asides(w, nw);
    if (d && w->norw >= 2) nw = nor_predicate(d, w, nw);
    return nw;
}

#define TXT_STATE_SCAN 8         /* states found by a scan; beyond, by the hash */

static R_INLINE void state_hash_put(txt_scratch *w, R_xlen_t j)
{
    uint32_t m = (uint32_t) w->shcap - 1, h = hash2(w->nxt[j].node, w->nxt[j].start) & m;
    while (w->shgen[h] == w->gen) h = (h + 1) & m;
    w->shgen[h] = w->gen;
    w->shidx[h] = (int) j;
}

/* Add a state to the next word's beyond the first few, through the hash. */
static void state_add_hashed(txt_scratch *w, R_xlen_t *nst, int node, int start, int skip)
{
    txt_state *st = w->nxt;
    uint32_t m = (uint32_t) w->shcap - 1, h = hash2(node, start) & m;
    while (w->shgen[h] == w->gen) {
        txt_state *o = &st[w->shidx[h]];
        if (o->node == node && o->start == start) {
            if (skip < o->skip) o->skip = skip;
            return;
        }
        h = (h + 1) & m;
    }
    st[*nst].node = node; st[*nst].start = start; st[*nst].skip = skip;
    w->shgen[h] = w->gen;
    w->shidx[h] = (int) *nst;
    (*nst)++;
}

/* Add a state to the next word's, keeping one per (node, start) with the
 * fewest skipped words, in the order first added.  The first few are found
 * by a scan, the rest through a hash (the table has room for twice the
 * states a word can make). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static R_INLINE void state_add(txt_scratch *w, R_xlen_t *nst, int node, int start, int skip)
{
    if (*nst > TXT_STATE_SCAN) {
        state_add_hashed(w, nst, node, start, skip);
        return;
    }
    txt_state *st = w->nxt;
    for (R_xlen_t j = 0; j < *nst; j++)
        if (st[j].node == node && st[j].start == start) {
            if (skip < st[j].skip) st[j].skip = skip;
            return;
        }
    st[*nst].node = node; st[*nst].start = start; st[*nst].skip = skip;
    (*nst)++;
    if (*nst == TXT_STATE_SCAN + 1)         /* from here on, by the hash */
        for (R_xlen_t j = 0; j < *nst; j++) state_hash_put(w, j);
}

/* Room for `need` hits; 0 when memory ran out. */
static int hits_reserve(txt_scratch *w, R_xlen_t need)
{
    R_xlen_t nc = w->hcap ? 2 * w->hcap : 64;
    while (nc < need) nc *= 2;
    txt_hit *q = (txt_hit *) xgrow(w, w->hits, (size_t) nc, sizeof(txt_hit));
    if (!q) return 0;
    w->hits = q;
    w->hcap = nc;
    return 1;
}

/* Match phrases over the words: every (pattern, first word, last word) such
 * that the pattern's words match words of one segment in order, with at
 * most d->gap skippable words between two of them.  Returns the number of
 * hits, -1 when memory ran out. */
static R_xlen_t match_words(const txt_dict *d, txt_scratch *w, R_xlen_t nw)
{
    R_xlen_t ncur = 0, nh = 0;
    txt_ustate u = {0, 0, 0, 0, -1, -1, 0, 0, 0, -1, 0};
    for (R_xlen_t k = 0; k < nw; k++) {
        word_unit(w, k, &u);
        const txt_tok *t = &w->tok[k];
        /* a phrase goes on across a colon ("Fondi: ci sono"), unless a
         * negation cue or a cue of lack ends before it ("Nessuna: la
         * formazione è stata fatta"), which governs nothing after it */
        if (t->sep != SEP_NONE &&
            (t->sep != SEP_COLON || k == 0 || (w->tok[k - 1].flags & (TF_NEG | TF_LACK))))
            ncur = 0;
        if (t->nroot == 0 && ncur == 0) continue;     /* nothing starts or goes on */
        int skippable = !(t->flags & TF_CUES) && ((t->flags & TF_SKIP) || t->nsym == 0);
        R_xlen_t need = 2 * (ncur + 1) * (t->nsym + 1);
        if (need > w->scap) {
            R_xlen_t nc = 2 * need;
            txt_state *q = (txt_state *) xgrow(w, w->cur, (size_t) nc, sizeof(txt_state));
            if (!q) return -1;
            w->cur = q;
            q = (txt_state *) xgrow(w, w->nxt, (size_t) nc, sizeof(txt_state));
            if (!q) return -1;
            w->nxt = q;
            w->scap = nc;
        }
        if (need > TXT_STATE_SCAN) {        /* the hash may be needed */
            if (2 * need > w->shcap) {
                R_xlen_t nc = 1024;
                while (nc < 2 * need) nc *= 2;
                int *qi = (int *) xgrow(w, w->shidx, (size_t) nc, sizeof(int));
                if (!qi) return -1;
                w->shidx = qi;
                unsigned int *qg = (unsigned int *) xgrow(w, w->shgen, (size_t) nc,
                                                          sizeof(unsigned int));
                if (!qg) return -1;
                w->shgen = qg;
                memset(w->shgen, 0, (size_t) nc * sizeof(unsigned int));
                w->shcap = nc;
                w->gen = 0;
            }
            if (++w->gen == 0) {        /* wrapped: forget every stamp */
                memset(w->shgen, 0, (size_t) w->shcap * sizeof(unsigned int));
                w->gen = 1;
            }
        }
        const int *inner = w->syms + t->symoff + t->nsym, *rb = inner + t->ninner;
        R_xlen_t nnext = 0;
        /* phrases that start at the word: its blocks of children of the root */
        for (int b = 0; b < t->nroot; b++) {
            int kid = rb[0], np = rb[1];
            if (kid >= 0) state_add(w, &nnext, kid, (int) k, 0);
            if (nh + np > w->hcap && !hits_reserve(w, nh + np)) return -1;
            for (int j = 0; j < np; j++) {
                const int *pk = rb + 2 + 3 * j;
                txt_hit *x = &w->hits[nh++];
                x->pat = pk[0];
                x->first = x->last = (int) k;
                x->cat = pk[1];
                x->kind = pk[2];
            }
            rb += 2 + 3 * np;
        }
        /* phrases that go on: a state whose filter of next symbols shares
         * no bit with the word's symbols goes on with none of them */
        uint64_t wmask = 0;
        for (int b = 0; b < t->ninner; b++) wmask |= (uint64_t) 1 << (inner[b] & 63);
        for (R_xlen_t a = 0; a < ncur; a++) {
            int st = w->cur[a].start, from = w->cur[a].node;
            uint64_t bloom = d->wbloom[from];
            for (int b = 0; (bloom & wmask) && b < t->ninner; b++) {
                if (!((bloom >> (inner[b] & 63)) & 1)) continue;
                int to = wnode_step(d, from, inner[b]);
                if (to < 0) continue;
                if (d->wbloom[to]) state_add(w, &nnext, to, st, 0);   /* a phrase may go on */
                for (int p = d->wout[to]; p >= 0; p = d->pat[p].next) {
                    if (nh == w->hcap && !hits_reserve(w, nh + 1)) return -1;
                    txt_hit *x = &w->hits[nh++];
                    x->pat = p;
                    x->first = st;
                    x->last = (int) k;
                    x->cat = d->pat[p].cat;
                    x->kind = d->pat[p].kind;
                }
            }
            if (skippable && w->cur[a].skip < d->gap)
                state_add(w, &nnext, from, st, w->cur[a].skip + 1);
        }
        txt_state *tmp = w->cur; w->cur = w->nxt; w->nxt = tmp;
        ncur = nnext;
    }
    return nh;
}

/* ---- resolving matches ---- */

/* Is word k, which a word follows, a cue of adequacy right before the first
 * word of a topic, which it qualifies ("supervision and stable funding")? */
static R_INLINE int qualifies_topic(const txt_scratch *w, int k)
{
    return (w->tok[k].flags & (TF_LACK | TF_ADEQ)) == TF_ADEQ && w->tok[k + 1].sep == SEP_NONE &&
           (w->unit[k + 1].mark & WM_INTOPIC) && !(w->unit[k].mark & WM_INTOPIC);
}

/* Can cue word a govern topic word b (a < b, forward = 1), or topic word a
 * be governed by cue word b (forward = 0)?  Same predicate; between them
 * only skippable words, coordinations, negation cues, whole topics that are
 * list items (followed by a separator, a coordination or a negation cue, or
 * by a qualifier that is: item_qualifiers()),
 * and at most `gap` other words; no word of another topic or of a problem
 * match; a separator only right after a topic, and a colon only after the
 * topic ("formazione e supervisione: nessuna delle due"), not after the cue
 * ("nessuna carenza di fondi: il limite e la formazione"); a topic after a
 * coordination, before the cue that follows it, is the last item of a list
 * ("formazione e supervisione sono garantite").  A cue that is
 * a word of a problem match governs only on the side of the rest of that
 * match, which has used it: "il personale e poco formato" and "not
 * recognised by the trust" say nothing of the staff or the trust, while
 * "mancanza di riconoscimento, di fondi" codes the funds.  *list is set
 * when a list item lies between. */
static int reach(const txt_dict *d, const txt_scratch *w, int a, int b, int forward, int *list)
{
    if (w->unit[a].pred != w->unit[b].pred) return 0;
    if (forward ? (w->unit[a].mark & WM_PNOTFIRST) : (w->unit[b].mark & WM_PNOTLAST)) return 0;
    int cnt = 0, coord = 0;
    /* the rest of the problem match a cue of lack begins, governing
     * forward, is a list item when a separator, a coordination or a
     * negation cue follows it: "lack of means and recognition" codes the
     * recognition (not the rest after a negation cue, which is a
     * predicate: "non è riconosciuta e ...") */
    int own = forward && (w->unit[a].mark & WM_PNOTLAST) &&
              (w->tok[a].flags & (TF_LACK | TF_NEG)) == TF_LACK,
        ownend = -1;
    *list = 0;
    for (int k = a + 1; k <= b; k++) {
        int sp = w->tok[k].sep;
        /* (or right after an item's qualifier, which is not the cue, or
         * after the rest of the cue's problem match) */
        int end = (w->unit[k - 1].mark & WM_TOPICEND) ||
                  ((w->unit[k - 1].mark & WM_ITEMQUAL) && k - 1 != a) || k - 1 == ownend;
        if (sp != SEP_NONE && (!end || (forward && sp == SEP_COLON))) return 0;
        if (k == b) break;
        if (own) {
            if (w->unit[k].mark & WM_PNOTFIRST) {
                if (!(w->unit[k].mark & WM_PNOTLAST)) {
                    own = 0;
                    ownend = k;
                    if (w->tok[k + 1].sep == SEP_NONE &&
                        !(w->tok[k + 1].flags & (TF_COORD | TF_NEG)))
                        return 0;
                    *list = 1;
                }
                continue;
            }
            own = 0;
        }
        int fl = w->tok[k].flags;
        if (!(fl & (TF_LACK | TF_ADEQ)) && (fl & (TF_SKIP | TF_COORD | TF_NEG))) {
            coord |= (fl & TF_COORD) != 0;
            continue;
        }
        /* (a cue of adequacy that qualifies the topic right after it:
         * "supervision and stable funding are lacking") */
        if (qualifies_topic(w, k)) continue;
        unsigned char mk = w->unit[k].mark;
        /* (a topic and the qualifier after it as a list item: "mancano i
         * fondi, un ruolo definito e la formazione") */
        if (mk & (WM_LISTTOPIC | WM_ITEMQUAL)) { *list = 1; continue; }
        /* the last item of a list before its cue: "formazione e
         * supervisione sono garantite" */
        if (!forward && coord && (mk & WM_INTOPIC) && !(mk & WM_INPROBLEM)) { *list = 1; continue; }
        if (mk & (WM_INTOPIC | WM_INPROBLEM)) return 0;
        /* (nor past a word of "problem", which names what follows it: "We
         * have stable funding, the problem is culture") */
        if (fl & TF_PROBLEMW) return 0;
        coord = 0;
        if (++cnt > d->gap) return 0;
    }
    return 1;
}

/* The nearest word with one of `flags` (negation cues; for a cue of
 * adequacy before its topic, cues of lack as well: "lack of a clear
 * framework") before word k in its predicate, at most `window` words before
 * it and not across a colon; -1 if none. */
static R_INLINE int negation_before(const txt_dict *d, const txt_scratch *w, int k, int flags)
{
    int c = (flags & TF_LACK) ? w->unit[k].neglc : w->unit[k].negc;   /* flags: TF_NEG, or with TF_LACK */
    if (c < 0 || w->unit[c].pred != w->unit[k].pred) return -1;
    /* (the "t" of "don't", "isn't" right after the cue is no word between:
     * "I don't think there's any resistance") */
    int tail = c + 1 < k && w->tok[c + 1].sep == SEP_NONE && w->tok[c + 1].flen == 1 &&
               w->fbuf[w->tok[c + 1].foff] == 't';
    return (double) (k - c - 1 - tail) <= d->window ? c : -1;
}

static R_INLINE int is_polar(const txt_tok *t) { return (t->flags & (TF_LACK | TF_ADEQ)) != 0; }

/* Is negation cue c a word of an exclusion match (with `problems`, or of a
 * problem match, or right before a topic match, but for function words)
 * that ends before word f, with a separator between them?
 * The cue is that match's ("Nessuna barriera, abbiamo buona supervisione";
 * of a problem or exclusion after it: "formazione non strutturata,
 * supervisione assente", "Nessun problema di fondi, abbiamo un corso"; of
 * a problem or topic that ends before it in its segment: "spazi che non ci
 * sono, turni che cambiano"; or spent on a cue of lack or adequacy after it
 * in its segment) and does not reach across the list to f.  (A problem's
 * cue still reaches the topics of its list: "Non ci sono fondi, formazione
 * ne riconoscimento".) */
static int negation_held(const txt_scratch *w, int c, int f, int problems)
{
    /* a separator between the cue and f, or no match can hold it */
    int apart = 0;
    for (int k = c + 1; k <= f && !apart; k++) apart = w->tok[k].sep != SEP_NONE;
    if (!apart) return 0;
    /* (spent on a cue of lack or adequacy in its segment: "non
     * standardizzata, lasciata all'iniziativa dei singoli") */
    for (int k = c + 1; k < f && w->tok[k].sep == SEP_NONE; k++)
        if (is_polar(&w->tok[k])) return 1;
    for (R_xlen_t g = 0; g < w->nhits; g++) {
        const txt_hit *y = &w->hits[g];
        /* (of a problem or topic before it in its segment: "spazi che non
         * ci sono, turni che cambiano", "la formazione non basta, servono
         * fondi") */
        if ((y->kind == PK_PROBLEM || y->kind == PK_TOPIC) && y->last < c) {
            int k = y->last + 1;
            while (k <= c && w->tok[k].sep == SEP_NONE) k++;
            if (k > c) return 1;
            continue;
        }
        if (y->last >= f || y->last < c) continue;
        if (problems && y->kind == PK_TOPIC && y->first > c) {
            /* (of a problem: a topic the cue governs, right after it but
             * for function words: "no career progression, stigma") */
            int k = c + 1;
            while (k < y->first && (w->tok[k].flags & (TF_SKIP | TF_CUES)) == TF_SKIP) k++;
            if (k < y->first) continue;
        } else if ((y->kind != PK_EXCLUSION && !(problems && y->kind == PK_PROBLEM)) ||
                   y->first > c)
            continue;
        for (int k = y->last + 1; k <= f; k++)
            if (w->tok[k].sep != SEP_NONE) return 1;
    }
    return 0;
}

/* The nearest cue with one of `flags` before word k (negation_before()),
 * unless an earlier match holds it (negation_held(); `problems` as there);
 * -1 if none. */
static R_INLINE int negation_free(const txt_dict *d, const txt_scratch *w, int k, int flags,
                                  int problems)
{
    int c = negation_before(d, w, k, flags);
    return c >= 0 && negation_held(w, c, k, problems) ? -1 : c;
}

/* Polarity of a cue of lack (+1) or adequacy (-1) g for the topic whose
 * first word is f: reversed by a negation cue before g that no earlier
 * match holds, a problem's as well ("no funding - role unclear";
 * negation_free(), negation_before;
 * for a cue of adequacy before the topic, a cue of lack as well, with no
 * separator between them),
 * or else, for a cue of lack before the topic with no list between, by a
 * negation cue between the two ("mancano, non i fondi"); *neg is the
 * reversing cue or -1. */
static int polarity(const txt_dict *d, const txt_scratch *w, int g, int f, int list, int *neg)
{
    int lack = (w->tok[g].flags & TF_LACK) != 0, pol = lack ? 1 : -1;
    /* a cue of lack right before a cue of adequacy: "poco chiaro" */
    if (pol < 0 && g > 0 && w->unit[g - 1].pred == w->unit[g].pred && (w->tok[g - 1].flags & TF_LACK))
        pol = 1;
    int rev = (pol < 0 && g < f) ? (TF_NEG | TF_LACK) : TF_NEG;
    *neg = negation_free(d, w, g, rev, 1);
    /* ... a cue of lack only with no separator between: "carenza di fondi,
     * ottima la formazione" says nothing against the training */
    if (*neg >= 0 && (rev & TF_LACK) && !(w->tok[*neg].flags & TF_NEG)) {
        for (int c = *neg + 1; c <= g; c++)
            if (w->tok[c].sep != SEP_NONE) { *neg = negation_free(d, w, g, TF_NEG, 1); break; }
    }
    if (*neg >= 0) pol = -pol;
    /* several negation cues around one cue negate it once (negative
     * concord): "non mancano mai i fondi", "ne manquons pas de fonds" */
    if (lack && !list && *neg < 0)
        for (int c = g + 1; c < f; c++)
            if (w->tok[c].flags & TF_NEG) { pol = -pol; *neg = c; break; }
    return pol;
}

/* Is the topic starting at word f an item of "né ... né" ("nor"): a cue of
 * "nor" right before it, or before the function words before it ("né i
 * fondi")? */
static int nor_item(const txt_scratch *w, int f)
{
    for (int k = f - 1; k >= 0 && w->tok[k + 1].sep == SEP_NONE; k--) {
        if (w->tok[k].flags & TF_NOR) return 1;
        if ((w->tok[k].flags & (TF_SKIP | TF_CUES)) != TF_SKIP) return 0;
    }
    return 0;
}

/* Does a cue of lack follow an exclusion ending at word e, as the whole of
 * what is said of the topic f: "i fondi ci sono, ma sono pochi", "la
 * formazione c'è ma non è sufficiente", "fondi ce ne sono pochi e arrivano
 * tardi"?  (Also after a cue of adequacy: "fondi presenti ma scarsi".)
 * After e: only clause words, skippable words, coordinations,
 * negation cues and at most gap other words, no colon and no word of
 * another match, up to a cue g whose polarity (polarity()) is a lack;
 * after g, to the end of its clause or its segment, no word of another
 * match and, when a separator or a clause word came between e and g, only
 * such words and cues ("i fondi ci sono, manca la volontà" says nothing of
 * the funds).
 * Of a topic that a cue of "nor" names, what follows the next such cue is
 * said of the next item: "Non mancano né i fondi né la buona volontà". */
static int lack_after(const txt_dict *d, const txt_scratch *w, R_xlen_t nw, int e, int f)
{
    const int pass = TF_BREAK | TF_SKIP | TF_COORD | TF_NEG;
    int g = -1, cnt = 0, apart = 0, neg, nor = nor_item(w, f);
    for (int k = e + 1; k < nw && g < 0; k++) {
        if (w->tok[k].sep == SEP_COLON || (w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)))
            return 0;
        int fl = w->tok[k].flags;
        if (nor && (fl & TF_NOR)) return 0;
        apart |= w->tok[k].sep != SEP_NONE || (fl & TF_BREAK);
        if (fl & (TF_LACK | TF_ADEQ)) g = k;
        else if (!(fl & pass) && ++cnt > d->gap) return 0;
    }
    if (g < 0) return 0;
    /* ("Poi ci sono i soldi, sempre pochi, e la mancanza di tempo") */
    for (int k = g + 1; k < nw && w->unit[k].clause == w->unit[g].clause &&
                        w->tok[k].sep != SEP_SEGMENT; k++) {
        if (w->tok[k].sep == SEP_COLON || (w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) ||
            (apart && !(w->tok[k].flags & (pass | TF_LACK | TF_ADEQ))))
            return 0;
    }
    return polarity(d, w, g, f, 0, &neg) > 0;
}

/* Does the exclusion that begins at word a speak of the predicate before
 * its own: its predicate opens with a clause word, then a word of naming
 * (the subject "that", "it", "questo", or a verb of being with the subject
 * left out) and only function words up to it ("We had pushback from
 * consultants, but that has largely settled", "... but it has been
 * overcome", "... ma questo è stato superato"), or the exclusion opens
 * right after the clause word with a word of "not", its subject left out
 * ("Lo stigma c'è, ma non è un problema", "Stigma exists but isn't a
 * problem")?  Not "... but we hope", "... but in other regions". */
static int refers_back(const txt_scratch *w, int a)
{
    int b = a;
    while (b > 0 && w->unit[b - 1].pred == w->unit[a].pred) b--;
    if (b == 0 || b + 1 > a || !(w->tok[b].flags & TF_BREAK)) return 0;
    for (int k = b + 1; k <= a; k++) {
        if (w->tok[k].sep != SEP_NONE) return 0;
        if (k == a && k > b + 1) break;         /* the exclusion's first word: any */
        txt_flags fk = w->tok[k].flags;
        if (k == a && (fk & TF_NOT)) break;     /* "ma non è", "but isn't" */
        if ((fk & TF_CUES) || !(fk & (k == b + 1 ? TF_NAMING : (TF_SKIP | TF_NAMING))))
            return 0;
    }
    return 1;
}

/* Does the exclusion starting at word a leave out its subject, which is
 * then what the predicate before it named: its predicate opens after a
 * comma-like separator with nothing but verbs of being or words of naming
 * before a, and a word of negation and a verb of being stand among its
 * first words up to a + 1 ("Lo stigma, grazie ai progetti nelle scuole,
 * non è più un problema", "Stigma, thanks to the school projects, is no
 * longer a problem"; not "..., nessun problema"), and ends its segment
 * with at most function words or qualifiers after it, the first no
 * preposition naming what follows (`di`, `of`, `about`: "..., non è un
 * problema per noi"; not "Mancano i fondi, non è un problema di
 * formazione", nor "..., non è un problema da poco")? */
static int subject_left_out(const txt_scratch *w, R_xlen_t nw, int a, int z)
{
    for (R_xlen_t k = z + 1; k < nw && w->tok[k].sep == SEP_NONE; k++) {
        txt_flags fk = w->tok[k].flags;
        if ((fk & TF_CUES) || !(fk & (TF_SKIP | TF_PROBLEMQ)) || (k == z + 1 && (fk & TF_TOPICP)))
            return 0;
    }
    int b = a;
    while (b > 0 && w->unit[b - 1].pred == w->unit[a].pred) b--;
    /* (a verb of being before a negation cue stays with the predicate
     * before: ", is no longer a problem") */
    while (b > 0 && w->tok[b].sep == SEP_NONE && !(w->tok[b - 1].flags & TF_CUES) &&
           (w->tok[b - 1].flags & (TF_COPULA | TF_NAMING)))
        b--;
    if (b == 0 || w->tok[b].sep != SEP_SEGMENT) return 0;
    int neg = 0, be = 0;
    for (int k = b; k <= a + 1 && k < nw; k++) {
        txt_flags fk = w->tok[k].flags;
        if (k > b && w->tok[k].sep != SEP_NONE) break;
        if (k < a && ((fk & (TF_CUES & ~TF_NEG)) || !(fk & (TF_COPULA | TF_NAMING | TF_NOT))))
            return 0;
        if (fk & (TF_NEG | TF_NOT)) neg = 1;
        else if (fk & (TF_COPULA | TF_NAMING)) be = 1;
    }
    return neg && be;
}

/* Does exclusion e hold a problem or topic match of its category?  Such an
 * exclusion speaks of that match ("da tempo", "i fondi ci sono") and
 * excludes only the matches it overlaps: "la burocrazia rallenta tutto da
 * tempo" keeps the red tape; another ("non è un problema") excludes every
 * match of its category in its predicate. */
static int exclusion_about(const txt_scratch *w, R_xlen_t nh, const txt_hit *e)
{
    /* (the hits are in the order of their last word: those ending inside e
     * follow the first that ends at or after its first word) */
    R_xlen_t lo = 0, hi = nh;
    while (lo < hi) {
        R_xlen_t mid = lo + (hi - lo) / 2;
        if (w->hits[mid].last < e->first) lo = mid + 1; else hi = mid;
    }
    for (R_xlen_t q = lo; q < nh && w->hits[q].last <= e->last; q++) {
        const txt_hit *y = &w->hits[q];
        if ((y->kind == PK_PROBLEM || y->kind == PK_TOPIC) && y->cat == e->cat &&
            y->first >= e->first)
            return 1;
    }
    return 0;
}

/* Is a problem ending at word l denied right after it: "le resistenze non
 * ci sono", "lo stigma non esiste piu", "Resistenze: nessuna",
 * "Resistenze? Nessuna."?  After l, function words in its segment (or a
 * colon or the end of its clause right after it), then a
 * negation cue and, to the end of the cue's segment, only function words
 * (the verbs of being among them) and negation cues: "le resistenze non
 * ci permettono di lavorare" and "fondi non bastano" are not denied.
 * The cue may also come later in the problem's clause, or open the next
 * clause, when the words before it hold no cue and no word of another match:
 * "Resistenze da parte dell'équipe non ne abbiamo", "Resistenze da parte
 * dei colleghi? Zero."  After a colon or the end of the clause, function
 * words may come before the cue: "Resistenze: praticamente nessuna",
 * "Resistance: almost none".  Returns the cue, or -1. */
static int denied_after(const txt_scratch *w, R_xlen_t nw, int l)
{
    int k = l + 1;
    while (k < nw && w->tok[k].sep == SEP_NONE && (w->tok[k].flags & (TF_SKIP | TF_CUES)) == TF_SKIP)
        k++;
    int later = 0;                  /* the cue comes later in the clause or opens the next */
    if (k == l + 1 && k < nw && (w->tok[k].sep == SEP_COLON || w->tok[k].sep == SEP_CLAUSE) &&
        (w->tok[k].flags & (TF_SKIP | TF_CUES)) == TF_SKIP) {
        int j = k + 1;
        while (j < nw && w->tok[j].sep == SEP_NONE &&
               (w->tok[j].flags & (TF_SKIP | TF_CUES)) == TF_SKIP)
            j++;
        if (j < nw && w->tok[j].sep == SEP_NONE && (w->tok[j].flags & TF_NEG)) {
            k = j;
            later = 1;
        }
    }
    if (k < nw && w->tok[k].sep == SEP_NONE && !(w->tok[k].flags & TF_NEG)) {
        int j = k;
        while (j < nw && w->tok[j].sep == SEP_NONE && !(w->tok[j].flags & TF_CUES) &&
               !(w->unit[j].mark & (WM_INTOPIC | WM_INPROBLEM)))
            j++;
        /* (later in the clause, with words after it: "Resistance from
         * psychiatrists is not." says "is not fine") */
        if (j < nw && (w->tok[j].flags & TF_NEG) &&
            (w->tok[j].sep == SEP_CLAUSE ||
             (w->tok[j].sep == SEP_NONE && j + 1 < nw && w->tok[j + 1].sep == SEP_NONE))) {
            k = j;
            later = 1;
        }
    }
    if (k >= nw || !(w->tok[k].flags & TF_NEG) ||
        !(w->tok[k].sep == SEP_NONE || later ||
          ((w->tok[k].sep == SEP_COLON || w->tok[k].sep == SEP_CLAUSE) && k == l + 1)))
        return -1;
    for (int j = k + 1; j < nw && w->unit[j].seg == w->unit[k].seg; j++)
        if (!(w->tok[j].flags & (TF_SKIP | TF_NEG | TF_NEGACC))) return -1;
    return k;
}

/* Is match (f, l) earlier than the cause (c0, c1) found so far?  Of
 * several causes, the earliest in the text is reported. */
static R_INLINE int earlier(int f, int l, int c0, int c1)
{
    return c0 < 0 || f < c0 || (f == c0 && l < c1);
}

/* What replaced() reads, for the words of a text with exclusions: nsep[k]
 * the separators before words 1 .. k, negafter[k] the last negation cue
 * from word k to the end of its predicate (-1 none). */
static void exclusion_words(txt_scratch *w, R_xlen_t nw)
{
    int cnt = 0, last = -1;
    for (R_xlen_t k = 0; k < nw; k++) {
        cnt += k > 0 && w->tok[k].sep != SEP_NONE;
        w->nsep[k] = cnt;
    }
    for (R_xlen_t k = nw - 1; k >= 0; k--) {
        if (k == nw - 1 || w->unit[k + 1].pred != w->unit[k].pred) last = -1;
        if (last < 0 && (w->tok[k].flags & TF_NEG)) last = (int) k;
        w->negafter[k] = last;
    }
}

/* Does the negation cue at word k go on setting aside: it is no word of a
 * problem match ("restano volontari [non retribuiti]" states a barrier)
 * and its segment holds a word of a match ("la formazione nemmeno"), so
 * that it speaks of a topic ("..., e questo non è sostenibile" speaks of
 * none)? */
static int sets_aside(const txt_scratch *w, R_xlen_t nw, int k)
{
    if (w->unit[k].mark & WM_INPROBLEM) return 0;
    int sg = w->unit[k].seg;
    for (int j = k - 1; j >= 0 && w->unit[j].seg == sg; j--)
        if (w->unit[j].mark & (WM_INTOPIC | WM_INPROBLEM)) return 1;
    for (R_xlen_t j = k + 1; j < nw && w->unit[j].seg == sg; j++)
        if (w->unit[j].mark & (WM_INTOPIC | WM_INPROBLEM)) return 1;
    return 0;
}

/* Does the answer put something in the place of what an exclusion ending
 * at word a sets aside, at match f..l of the same predicate: a separator
 * between them, and no negation cue past a separator after the exclusion
 * in the predicate ("lo stigma non è un problema, la formazione nemmeno"
 * goes on setting aside; a "né" of the exclusion's own list does not:
 * "nessun problema di fondi né di formazione, il vero ostacolo è la
 * diffidenza") other than a word of the match itself ("non è una
 * questione di soldi, è che i [medici non vogliono]") that goes on setting
 * aside (sets_aside())?  (negafter[a + 1]
 * is the last negation cue of the predicate, if any is after a.) */
static int negation_reaching(const txt_dict *d, const txt_scratch *w, int f, int *list);

static int replaced(const txt_dict *d, const txt_scratch *w, R_xlen_t nw, int a, int f, int l,
                    int kind)
{
    if (a >= f || w->nsep[f] <= w->nsep[a]) return 0;
    int last = w->negafter[a + 1], own = -2, lr;
    for (int k = a + 1; k <= last; k++)
        if ((w->tok[k].flags & TF_NEG) && (k < f || k > l) && w->nsep[k] > w->nsep[a] &&
            sets_aside(w, nw, k)) {
            /* (not the negation cue that states the lack of a topic, unless
             * a cue of "nor": "Il problema non è la formazione, è che non
             * c'è un contratto") */
            if (kind == PK_TOPIC && k < f && !(w->tok[k].flags & TF_NOR)) {
                if (own == -2) own = negation_reaching(d, w, f, &lr);
                if (k == own) continue;
            }
            return 0;
        }
    return 1;
}

/* Are words a..e (a topic and the cue of adequacy that qualifies it) the
 * last item of a list: after a coordination (function words aside) with no
 * separator between, and followed by a separator or the end ("Lack of
 * training, supervision and stable funding.", "Mancanza di formazione,
 * supervisione e fondi adeguati")?  Returns the coordination, or -1. */
static int last_item(const txt_scratch *w, R_xlen_t nw, int a, int e)
{
    if (e + 1 < nw && w->tok[e + 1].sep == SEP_NONE) return -1;
    int k = a - 1;
    while (k >= 0 && w->tok[k + 1].sep == SEP_NONE &&
           (w->tok[k].flags & (TF_SKIP | TF_CUES)) == TF_SKIP)
        k--;
    return k >= 0 && w->tok[k + 1].sep == SEP_NONE && (w->tok[k].flags & TF_COORD) &&
           !(w->tok[k].flags & (TF_NEG | TF_LACK | TF_ADEQ)) ? k : -1;
}

/* Does the topic at word f complement a problem or topic match of another
 * category right before it, with function words between, at most `gap`
 * other words that are no cue and in no match, and no separator ("il
 * riconoscimento giuridico del ruolo", "funding for supervision")? */
static int complement_of(const txt_dict *d, const txt_scratch *w, R_xlen_t nh, int f, int cat)
{
    int j = f - 1, extra = 0, fw = 0;
    while (j >= 0 && w->tok[j + 1].sep == SEP_NONE && !(w->tok[j].flags & TF_CUES) &&
           ((w->tok[j].flags & TF_SKIP) || !(w->unit[j].mark & (WM_INTOPIC | WM_INPROBLEM)))) {
        if (w->tok[j].flags & TF_SKIP) fw = 1;
        else extra++;
        j--;
    }
    if (!fw || extra > d->gap || j < 0 || w->tok[j + 1].sep != SEP_NONE) return 0;
    for (R_xlen_t q = 0; q < nh; q++) {
        const txt_hit *y = &w->hits[q];
        if ((y->kind == PK_TOPIC || y->kind == PK_PROBLEM) && y->last == j && y->cat != cat)
            return 1;
    }
    return 0;
}

/* The cue of adequacy that qualifies the topic ending at word l, right
 * after it or after at most `gap` words that are no cue, no function word
 * and in no match ("ruolo definito", "una normativa nazionale chiara"),
 * with no separator; -1 if none. */
static R_INLINE int qualifier_after(const txt_dict *d, const txt_scratch *w, R_xlen_t nw, int l)
{
    int k = l + 1;
    /* (a coordination after such a word: "un percorso certificato e
     * riconosciuto") */
    while (k < nw && k - l - 1 < d->gap && w->tok[k].sep == SEP_NONE &&
           (!(w->tok[k].flags & (TF_SKIP | TF_CUES)) ||
            (k > l + 1 && (w->tok[k].flags & (TF_COORD | TF_NEG | TF_LACK | TF_ADEQ)) == TF_COORD)) &&
           !(w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)))
        k++;
    return k < nw && w->tok[k].sep == SEP_NONE &&
           (w->tok[k].flags & (TF_LACK | TF_ADEQ)) == TF_ADEQ ? k : -1;
}

/* Is word e followed by a coordination (that is no other cue), with no
 * separator between? */
static R_INLINE int coord_after(const txt_scratch *w, R_xlen_t nw, int e)
{
    return e + 1 < nw && w->tok[e + 1].sep == SEP_NONE &&
           (w->tok[e + 1].flags & (TF_COORD | TF_NEG | TF_LACK | TF_ADEQ)) == TF_COORD;
}

/* Marks the topics whose qualifier after them (qualifier_after()) ends a
 * list item with them, before a separator, a coordination or the end ("un
 * ruolo definito e ...", "a clear framework, ..."): the topic's words as a
 * list item's, and the words to the qualifier as WM_ITEMQUAL (after which
 * a separator may come, reach()). */
static void item_qualifiers(const txt_dict *d, txt_scratch *w, R_xlen_t nw, R_xlen_t nh)
{
    for (R_xlen_t h = 0; h < nh; h++) {
        const txt_hit *x = &w->hits[h];
        if (x->kind != PK_TOPIC) continue;
        /* (at once when the next word is a function word or a cue other
         * than one of adequacy, or a separator comes: no qualifier) */
        int k1 = x->last + 1;
        if (k1 >= nw || w->tok[k1].sep != SEP_NONE) continue;
        txt_flags f1 = w->tok[k1].flags;
        if ((f1 & (TF_SKIP | TF_CUES)) && !(f1 & TF_ADEQ)) continue;
        int q = qualifier_after(d, w, nw, x->last);
        if (q < 0 || !(q + 1 == nw || w->tok[q + 1].sep != SEP_NONE || coord_after(w, nw, q)))
            continue;
        for (int k = x->first; k <= x->last; k++) w->unit[k].mark |= WM_LISTTOPIC;
        for (int k = x->last + 1; k <= q; k++) w->unit[k].mark |= WM_ITEMQUAL;
    }
}

/* Is word g, a cue, the qualifier of a topic other than the one it is
 * checked for: right before that topic (qualifies_topic()), or after it
 * ending a list item (item_qualifiers())?  Callers rule out the topic's own
 * qualifier. */
static R_INLINE int other_qualifier(const txt_scratch *w, int g)
{
    return (w->unit[g].mark & WM_ITEMQUAL) || qualifies_topic(w, g);
}

/* A topic (words f..l) qualified by a cue of adequacy next to it ("ruolo
 * definito", "clear role") that nothing before it decides: the first cue
 * from word a0 on in the topic's predicate, when it reaches the topic with
 * no list between, or else the first negation cue there ("il ruolo definito
 * non c'è", "A clear role does not exist"), with no separator from the
 * topic to it and no word of a match after it in the predicate ("clear role
 * not enough funding" says nothing of the role).  Returns the polarity it
 * gives the topic (1 lack, -1 adequacy; *g the cue, *neg what reverses it),
 * or 0 when there is none. */
static int qualified_after(const txt_dict *d, const txt_scratch *w, R_xlen_t nw, int f, int l,
                           int a0, int *g, int *neg)
{
    int an = -1, cue = -1, la = 0;
    for (int a = a0; a < nw && w->unit[a].pred == w->unit[l].pred; a++) {
        if (w->tok[a].sep != SEP_NONE) return 0;
        if (is_polar(&w->tok[a])) { cue = a; break; }
        if (an < 0 && (w->tok[a].flags & TF_NEG)) an = a;
    }
    int at = cue >= 0 ? cue : an;
    if (at < 0 || !reach(d, w, l, at, 0, &la) || la) return 0;
    for (int k = at + 1; k < nw && w->unit[k].pred == w->unit[l].pred; k++)
        if (w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) return 0;
    *g = at;
    if (cue >= 0) return polarity(d, w, cue, f, 0, neg);
    *neg = -1;
    return 1;
}

static int names_list(const txt_scratch *w, R_xlen_t nw, int g, int f, int l);

/* The cue of lack that governs the item of a list right before the
 * coordination c: that item is a topic, or a topic and the qualifier that
 * ends it (item_qualifiers()), and the first cue before that topic in its
 * predicate, the qualifiers of other items aside, is a cue of lack that
 * reaches it and states it lacking, or, when c is "or", a negation cue
 * that reaches it, which no earlier match holds and which names no list
 * (names_list()).
 * Returns the cue (with *list and *neg as polarity() sets them), or -1. */
static int list_lack_before(const txt_dict *d, const txt_scratch *w, R_xlen_t nw, R_xlen_t nh,
                            int c, int *list, int *neg)
{
    int j = c - 1;
    while (j >= 0 && (w->unit[j].mark & WM_ITEMQUAL)) j--;
    if (j < 0 || !(w->unit[j].mark & WM_TOPICEND)) return -1;
    int t = -1;
    for (R_xlen_t q = 0; q < nh; q++) {
        const txt_hit *y = &w->hits[q];
        if (y->kind == PK_TOPIC && y->last == j && (t < 0 || y->first < t)) t = y->first;
    }
    for (int b = t - 1; t > 0 && b >= 0 && w->unit[b].pred == w->unit[t].pred; b--) {
        int lb = 0;
        int negb = (w->tok[b].flags & (TF_NEG | TF_NOR)) == TF_NEG && !is_polar(&w->tok[b]);
        if ((!is_polar(&w->tok[b]) && !negb) || (b + 1 < t && other_qualifier(w, b)) ||
            !reach(d, w, b, t, 1, &lb))
            continue;
        if (negb) {
            /* (or a negation cue that no earlier match holds and that names
             * no list, before "or": "Non abbiamo fondi o un ruolo chiaro",
             * not "Non sono i fondi o un ruolo chiaro, è la cultura", nor
             * "No funding and a clear role") */
            if (!(w->tok[c].flags & TF_OR) || negation_held(w, b, t, 0) ||
                names_list(w, nw, b, t, j))
                return -1;
            *list = 1;
            *neg = -1;
            return b;
        }
        if ((w->tok[b].flags & TF_LACK) && polarity(d, w, b, t, lb, neg) > 0) {
            *list = 1;
            return b;
        }
        return -1;
    }
    return -1;
}

/* Are words a .. b - 1, between two topics of a list, and the separators
 * before words a .. b, only coordinations, function words, words of other
 * topics and list separators, with at least one coordination or list
 * separator? */
static int list_joined(const txt_scratch *w, int a, int b)
{
    int joined = 0;
    for (int k = a; k <= b; k++) {
        int sp = w->tok[k].sep;
        if (sp != SEP_NONE && sp != SEP_SEGMENT) return 0;
        joined |= sp == SEP_SEGMENT;
        if (k == b) break;
        int fl = w->tok[k].flags;
        unsigned char mk = w->unit[k].mark;
        if (mk & WM_INPROBLEM) return 0;
        if (fl & TF_COORD) joined = 1;
        else if (!(mk & WM_INTOPIC) && (fl & (TF_SKIP | TF_CUES)) != TF_SKIP) return 0;
    }
    return joined;
}

/* Are words a..b in no topic or problem match? */
static int no_match(const txt_scratch *w, int a, int b)
{
    for (int k = a; k <= b; k++)
        if (w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) return 0;
    return 1;
}

/* A topic f..l that no cue governs, an item of a list whose next item
 * toward an exclusion is a topic that the exclusion, of that topic's
 * category, holds at its edge: "ci sono fondi e formazione", "fondi e
 * formazione ci sono", "We have funding and training" state the training
 * (the funding) there too; unless the rest of the exclusion holds a match,
 * which the exclusion tells apart rather than states there ("Money, time,
 * staff attitudes": the staff of "staff attitudes" are no shortage, and
 * the money is no less a barrier).  Sets *c0, *c1 to the earliest such
 * exclusion and returns 1, or returns 0. */
static int excluded_list(const txt_scratch *w, R_xlen_t nh, int f, int l, int *c0, int *c1)
{
    int found = 0;
    for (R_xlen_t g = 0; g < nh; g++) {
        const txt_hit *e = &w->hits[g];
        if (e->kind != PK_EXCLUSION) continue;
        for (R_xlen_t q = 0; q < nh; q++) {
            const txt_hit *y = &w->hits[q];
            if (y->kind != PK_TOPIC || y->cat != e->cat || y->first < e->first ||
                y->last > e->last)
                continue;
            int ok = (y->first > l && e->first == y->first && e->last > y->last &&
                      list_joined(w, l + 1, y->first) && no_match(w, y->last + 1, e->last)) ||
                     (y->last < f && e->last == y->last && e->first < y->first &&
                      list_joined(w, y->last + 1, f) && no_match(w, e->first, y->first - 1));
            if (ok && (!found || earlier(e->first, e->last, *c0, *c1))) {
                *c0 = e->first; *c1 = e->last; found = 1;
            }
        }
    }
    return found;
}

/* A cue of lack that heads a list after a colon ("Lack of: clear role,
 * adequate training", "Carenze: formazione adeguata, ruolo chiaro") and
 * governs the topic whose first word is f: a colon before f in its clause,
 * no cue of lack and no negation cue from the colon to f, and before the
 * colon a cue of lack that is no negation cue and no cue of adequacy,
 * followed by function words alone and preceded in its segment by no cue
 * and no word of a match ("Nessuna carenza: ..." heads nothing).  Returns
 * the cue, or -1 if none. */
static int heading_lack(const txt_scratch *w, int f)
{
    int c = f;          /* the word after the colon */
    while (c > 0 && w->tok[c].sep != SEP_COLON && w->unit[c - 1].clause == w->unit[f].clause) c--;
    if (c == 0 || w->tok[c].sep != SEP_COLON) return -1;
    for (int k = c; k < f; k++)
        if (w->tok[k].flags & (TF_NEG | TF_LACK)) return -1;
    int j = c - 1;
    while (j > 0 && w->tok[j].sep == SEP_NONE && (w->tok[j].flags & (TF_SKIP | TF_CUES)) == TF_SKIP)
        j--;
    if ((w->tok[j].flags & (TF_LACK | TF_NEG | TF_ADEQ)) != TF_LACK) return -1;
    for (int b = j; b > 0 && w->tok[b].sep == SEP_NONE; b--)
        if ((w->tok[b - 1].flags & TF_CUES) || (w->unit[b - 1].mark & (WM_INTOPIC | WM_INPROBLEM)))
            return -1;
    return j;
}

/* Does the clause of word k hold a word of continuation ("ancora",
 * "still")? */
static int still_in(const txt_scratch *w, R_xlen_t nw, int k)
{
    int c = w->unit[k].clause;
    for (int j = k; j >= 0 && w->unit[j].clause == c; j--)
        if (w->tok[j].flags & TF_STILL) return 1;
    for (int j = k + 1; j < nw && w->unit[j].clause == c; j++)
        if (w->tok[j].flags & TF_STILL) return 1;
    return 0;
}

/* Is the match f..l told of the past, which the present closes: after a
 * phrase of the past in its sentence (no clause punctuation between), with
 * no phrase of the present from that phrase to the match's end and no word
 * of continuation in the match's clause, and a phrase of the present after
 * the match whose clause holds no word of continuation ("All'inizio
 * c'erano resistenze, oggi superate", "When we started there was a lot of
 * resistance ... What remains is funding"; not "all'inizio mancavano i
 * fondi, e mancano ancora oggi")?  Sets *c0, *c1 to the phrase of the past. */
static int past_frame(const txt_scratch *w, R_xlen_t nw, R_xlen_t nh, int f, int l, int *c0,
                      int *c1)
{
    int p0 = -1, p1 = -1, now = 0;
    for (R_xlen_t g = 0; g < nh; g++) {
        const txt_hit *y = &w->hits[g];
        if (y->kind == PK_PAST && y->last < f && y->last > p1) { p0 = y->first; p1 = y->last; }
    }
    if (p1 < 0) return 0;
    for (int k = p1 + 1; k <= f; k++)
        if (w->tok[k].sep == SEP_CLAUSE) return 0;
    if (still_in(w, nw, f)) return 0;
    for (R_xlen_t g = 0; g < nh; g++) {
        const txt_hit *y = &w->hits[g];
        if (y->kind != PK_PRESENT || y->first <= p1) continue;
        if (y->first <= l) return 0;
        if (!now && !still_in(w, nw, y->first)) now = 1;
    }
    if (!now) return 0;
    *c0 = p0;
    *c1 = p1;
    return 1;
}

/* What hit_status() asks of exclusion or contrast match g, whatever the
 * match it is asked for: of an exclusion, EX_ABOUT (exclusion_about()) |
 * EX_ACTIVE (a match of concord, or no negation cue before it that no
 * earlier match holds); of a contrast match, the first word of the first
 * problem or topic match after it in its predicate (-1 none).  Worked out
 * on first use and kept in w->hpre[g]. */
static int hit_facts(const txt_dict *d, txt_scratch *w, R_xlen_t nh, R_xlen_t g)
{
    if (w->hpre[g] != HP_UNKNOWN) return w->hpre[g];
    const txt_hit *e = &w->hits[g];
    int v = -1;
    if (e->kind == PK_EXCLUSION)
        v = (exclusion_about(w, nh, e) ? EX_ABOUT : 0) |
            ((d->pat[e->pat].concord || negation_free(d, w, e->first, TF_NEG, 1) < 0) ?
             EX_ACTIVE : 0);
    else
        for (R_xlen_t q = 0; q < nh; q++) {
            const txt_hit *y = &w->hits[q];
            int yk = y->kind;
            if ((yk == PK_PROBLEM || yk == PK_TOPIC) && y->first > e->last &&
                w->unit[y->first].pred == w->unit[e->last].pred && (v < 0 || y->first < v))
                v = y->first;
        }
    return w->hpre[g] = v;
}

/* After topic word l, up to a separator or the end, a word of "problem"
 * with at most TXT_NAMING function words, articles, words of naming or
 * qualifiers of "problem" around it ("... i fondi il problema", "... funding
 * that is the problem", "a money problem", "... money is the real issue
 * here")?  Then a "not" before the topic names it. */
static int problem_named(const txt_scratch *w, R_xlen_t nw, int l)
{
    int problem = 0, other = 0;
    for (R_xlen_t k = l + 1; k < nw && w->tok[k].sep == SEP_NONE; k++) {
        txt_flags fk = w->tok[k].flags;
        if (fk & TF_CUES) return 0;
        if (fk & TF_PROBLEMW) problem = 1;
        else if (!(fk & (TF_SKIP | TF_NAMING | TF_ARTICLE | TF_PROBLEMQ)) || ++other > TXT_NAMING)
            return 0;
    }
    return problem;
}

/* Is the topic f..l named as the problem: a word of "problem" after it
 * (problem_named()) or before it in its segment, with no cue and at most
 * TXT_NAMING function words, articles, words of naming or qualifiers of
 * "problem" between ("the main barrier is space", "il problema è lo
 * spazio")? */
static int named_problem(const txt_scratch *w, R_xlen_t nw, int f, int l)
{
    if (problem_named(w, nw, l)) return 1;
    int other = 0;
    for (int k = f; k > 0 && w->tok[k].sep == SEP_NONE; k--) {
        txt_flags fk = w->tok[k - 1].flags;
        if (fk & TF_CUES) return 0;
        if (fk & TF_PROBLEMW) return 1;
        if (!(fk & (TF_SKIP | TF_NAMING | TF_ARTICLE | TF_PROBLEMQ)) || ++other > TXT_NAMING)
            return 0;
    }
    return 0;
}

/* Does the segment of word l end with it, or with at most TXT_SCOPE words
 * after it that are function words or qualifiers, the last a qualifier
 * ("It isn't funding for us", "Non sono i fondi per noi", "not money
 * here")? */
static int scope_end(const txt_scratch *w, R_xlen_t nw, int l)
{
    R_xlen_t k = l + 1;
    for (; k < nw && w->tok[k].sep == SEP_NONE; k++) {
        txt_flags fk = w->tok[k].flags;
        if (k - l > TXT_SCOPE || (fk & TF_CUES) || !(fk & (TF_SKIP | TF_PROBLEMQ))) return 0;
    }
    return k == l + 1 || (w->tok[k - 1].flags & TF_PROBLEMQ);
}

/* Does a noun of "problem" follow word l in its segment, making a compound
 * of it ("funding issues")? */
static R_INLINE int problem_next(const txt_scratch *w, R_xlen_t nw, int l)
{
    return l + 1 < nw && w->tok[l + 1].sep == SEP_NONE && (w->tok[l + 1].flags & TF_PROBLEMN);
}

/* Word k of a list item that list_start() and list_end() read: a word of a
 * topic match or of a problem match ("It's not stigma or funding"); the
 * last word of one (item_end()).  A problem is an item when it starts after
 * the cue: "Not enough funding or training" is no list a "not" names. */
static R_INLINE int item_word(const txt_scratch *w, int k)
{
    return (w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) != 0;
}

static R_INLINE int item_end(const txt_scratch *w, int k)
{
    unsigned char m = w->unit[k].mark;
    return (m & WM_TOPICEND) || (m & (WM_INPROBLEM | WM_PNOTLAST)) == WM_INPROBLEM;
}

/* The first word of the list of topics (and problems) that the topic at
 * word f ends, its items joined by "or" within a segment, articles aside
 * ("not funding or the training": from "funding"), after word g. */
static int list_start(const txt_scratch *w, int g, int f)
{
    int s = f;
    for (;;) {
        int b = s - 1;
        while (b > g && w->tok[b + 1].sep == SEP_NONE &&
               ((w->tok[b].flags & TF_ARTICLE) || qualifies_topic(w, b)))
            b--;
        if (b - 1 <= g || w->tok[b + 1].sep != SEP_NONE || w->tok[b].sep != SEP_NONE ||
            !(w->tok[b].flags & TF_OR) || !item_end(w, b - 1))
            return s;
        int q = b - 1;
        if (w->unit[q].mark & WM_TOPICEND) {
            while (q - 1 > g && w->tok[q].sep == SEP_NONE && (w->unit[q - 1].mark & WM_INTOPIC))
                q--;
        } else {                /* a whole problem match after g */
            while (q - 1 > g && (w->unit[q].mark & WM_PNOTFIRST)) q--;
            if (w->unit[q].mark & WM_PNOTFIRST) return s;
        }
        s = q;
    }
}

/* The last word of the list of topics (and problems) that the topic ending
 * at word l begins, as list_start() reads it. */
static int list_end(const txt_scratch *w, R_xlen_t nw, int l)
{
    int e = l;
    for (;;) {
        /* (an item's qualifier after it is the item's: "Non sono i fondi o
         * un ruolo chiaro, è la cultura") */
        while (e + 1 < nw && w->tok[e + 1].sep == SEP_NONE && (w->unit[e + 1].mark & WM_ITEMQUAL))
            e++;
        int b = e + 1;
        if (b >= nw || w->tok[b].sep != SEP_NONE || !(w->tok[b].flags & TF_OR)) return e;
        for (b++; b < nw && w->tok[b].sep == SEP_NONE &&
                  (((w->tok[b].flags & TF_ARTICLE) && !item_word(w, b)) ||
                   (b + 1 < nw && qualifies_topic(w, b)));
             b++)
            ;
        if (b >= nw || w->tok[b].sep != SEP_NONE || !item_word(w, b)) return e;
        while (!item_end(w, b) && b + 1 < nw && w->tok[b + 1].sep == SEP_NONE) b++;
        if (!item_end(w, b)) return e;
        e = b;
    }
}

/* Does negation cue g name what is not the barrier: the topic, or the list
 * of topics, at words f to l (hit_status())? */
static int not_names(const txt_scratch *w, R_xlen_t nw, int g, int f, int l)
{
    /* (a cue of "nor" opening its segment before a verb of being reads as
     * "not", the subject after the verb: "Nor is money", "Neither are the
     * funds"; not "Nor do we have funding") */
    int not_like = (w->tok[g].flags & TF_NOT) ||
              ((w->tok[g].flags & TF_NOR) && g + 1 < f &&
               (g == 0 || w->tok[g].sep != SEP_NONE || (w->tok[g - 1].flags & TF_BREAK)) &&
               (w->tok[g + 1].flags & TF_COPULA) && w->tok[g + 1].sep == SEP_NONE);
    /* (a word of "problem" after the topic, with any words before the cue:
     * after "not", "Non sono i fondi il problema", "It's not funding that
     * is the problem"; right after it, any negation cue: "No funding
     * issues", not "No funding is the problem") */
    int prob = w->tok[f].sep == SEP_NONE &&
               (not_like ? problem_named(w, nw, l) : problem_next(w, nw, l));
    /* (articles and prepositions of a topic aside: "I don't think it's the
     * money", "... it's about money") */
    int narticle = 0;
    if (f - g - 1 > TXT_NAMING)
        for (int b = g + 1; b < f; b++)
            narticle += (w->tok[b].flags & (TF_ARTICLE | TF_TOPICP)) != 0;
    int named = (not_like || prob) && f - g - 1 - narticle <= TXT_NAMING &&
                w->tok[f].sep == SEP_NONE && (prob || scope_end(w, nw, l));
    /* (between the cue and the topic, only a verb of being, a hedge, an
     * article and a preposition of a topic: "Non sono i fondi", "not really
     * funding", "I don't think it's about money"; not "non ci sono fondi",
     * "not much funding"; any function word before a word of "problem":
     * "don't have any funding issues") */
    txt_flags between = prob ? TF_NAMING | TF_ARTICLE | TF_TOPICP | TF_SKIP
                             : TF_NAMING | TF_ARTICLE | TF_TOPICP;
    for (int b = g + 1; named && b < f; b++)
        if (!(w->tok[b].flags & between) || (w->tok[b].flags & TF_CUES) ||
            w->tok[b].sep != SEP_NONE)
            named = 0;
    /* (an indefinite article with a verb of being or a hedge before it says
     * what a thing is not, a lack: "Non è un contratto", "It is not a
     * contract"; not "Not a contract, ...", nor "It's not a money
     * problem") */
    int indef = 0;
    for (int b = g + 1; b < f; b++) indef |= (w->tok[b].flags & TF_INDEF) != 0;
    if (indef && !prob && (f - g - 1 > 1 || (g > 0 && w->tok[g].sep == SEP_NONE))) named = 0;
    /* (only function words and the subject "it" before the cue in its
     * segment, back to a coordination, and no "there": not "ci sono fondi
     * ma non personale", "There is not funding") */
    for (int b = g; named && !prob && b > 0 && w->tok[b].sep == SEP_NONE; b--) {
        txt_flags fb = w->tok[b - 1].flags;
        /* (a coordination before the subject opens a new sentence: "...
         * and I don't think it's about money"; not "... e non personale") */
        if ((fb & TF_COORD) && b < g) break;
        if ((fb & TF_CUES) || !(fb & (TF_SKIP | TF_NAMING)) || (fb & TF_THERE)) named = 0;
    }
    return named;
}

/* Does negation cue g name the list of topics (and problems) that the
 * topic at words f..l stands in, as list_start() and list_end() read it? */
static int names_list(const txt_scratch *w, R_xlen_t nw, int g, int f, int l)
{
    return not_names(w, nw, g, list_start(w, g, f), list_end(w, nw, l));
}

/* The nearest negation cue before word f in its predicate that reaches it
 * (through a list: *list set), -1 for none. */
static int negation_reaching(const txt_dict *d, const txt_scratch *w, int f, int *list)
{
    for (int g = f - 1; g >= 0 && w->unit[g].pred == w->unit[f].pred; g--)
        if ((w->tok[g].flags & TF_NEG) && !negation_held(w, g, f, 0) && reach(d, w, g, f, 1, list))
            return g;
    return -1;
}

/* The negation cue that names the list of topics at words s to e, which
 * no cue reaches past its first item ("Non sono i fondi o la formazione, è
 * la cultura"): the one that reaches s; -1 for none. */
static int named_list(const txt_dict *d, const txt_scratch *w, R_xlen_t nw, int s, int e)
{
    int list, g = negation_reaching(d, w, s, &list);
    return g >= 0 && not_names(w, nw, g, s, e) ? g : -1;
}

/* Does the exclusion ending at word l end in a preposition of a topic
 * ("non è una questione di", "it's not about") that names the word after
 * it: in its segment, past articles, a word that is no function word and
 * no word of naming ("di cattiveria", "about the money"; not "about that",
 * nor "none that I can think of." with nothing after)? */
static int names_next(const txt_scratch *w, R_xlen_t nw, int l)
{
    if (!(w->tok[l].flags & TF_TOPICP)) return 0;
    R_xlen_t k = l + 1;
    while (k < nw && w->tok[k].sep == SEP_NONE && (w->tok[k].flags & TF_ARTICLE)) k++;
    return k < nw && w->tok[k].sep == SEP_NONE && !(w->tok[k].flags & (TF_SKIP | TF_NAMING));
}

/* Is word f (f >= f1) in the run of matches that starts at word f1, the
 * first match after a contrast: from f1 to f, no separator, no cue but
 * coordinations, and only words of topic or problem matches, coordinations
 * and function words ("Rather than funding or training, ...", "Rather than
 * staff attitudes, ...", "più che i fondi o la formazione, ..."; not "not
 * so much funding as training"), nor a coordination before "more" or "più",
 * the other side of the contrast ("less about resources and more about
 * mindset")? */
static int contrast_run(const txt_scratch *w, int f1, int f)
{
    for (int k = f1 + 1; k <= f; k++) {
        int fl = w->tok[k].flags;
        if (w->tok[k].sep != SEP_NONE || (fl & (TF_CUES & ~TF_COORD)) ||
            !((w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) || (fl & (TF_COORD | TF_SKIP))))
            return 0;
        if ((fl & TF_COORD) && k < f &&
            (folded_is(w, &w->tok[k + 1], "more", 4) || folded_is(w, &w->tok[k + 1], "piu", 3)))
            return 0;
    }
    return 1;
}

/* Is the cue of adequacy at word g a "sì" that echoes a denial: right after
 * the topic ending at word l and ending its segment, with an exclusion
 * opening with a negation cue before the topic's first word f, in its
 * predicate, a separator between ("I soldi non sono un problema, il tempo
 * sì": the time is one)? */
static int echoes_denial(const txt_scratch *w, R_xlen_t nw, R_xlen_t nh, int g, int f, int l)
{
    txt_flags fg = w->tok[g].flags;
    if (!(fg & TF_ADEQACC) || !(fg & TF_ADEQ) || g != l + 1 || w->tok[g].sep != SEP_NONE ||
        (g + 1 < nw && w->tok[g + 1].sep == SEP_NONE))
        return 0;
    for (R_xlen_t q = 0; q < nh; q++) {
        const txt_hit *e = &w->hits[q];
        if (e->kind == PK_EXCLUSION && e->last < f && (w->tok[e->first].flags & TF_NEG) &&
            w->unit[e->first].pred == w->unit[f].pred && w->nsep[f] > w->nsep[e->last])
            return 1;
    }
    return 0;
}

/* Is a word of "only" before word g in its clause ("Not only is there no
 * funding, but ...")? */
static int only_before(const txt_scratch *w, int g)
{
    for (int k = g - 1; k >= 0 && w->unit[k].clause == w->unit[g].clause; k--)
        if (w->tok[k].flags & TF_ONLY) return 1;
    return 0;
}

/* Status, rule and cause (first and last word, -1 for none) of hit h, from
 * the positions, kinds and marks of the matches and the words (never from
 * the status of another hit).  nexcl, ncontr: exclusions and contrast
 * matches among the nh hits; context: 0 none, 1 barrier. */
static void hit_status(const txt_dict *d, txt_scratch *w, R_xlen_t nw, R_xlen_t nh, R_xlen_t h,
                       int nexcl, int ncontr, int context)
{
    const txt_hit *x = &w->hits[h];
    int p = x->pat, kind = x->kind, cat = x->cat, f = x->first, l = x->last;
    int status = ST_CODED, rule = RU_WORDS, c0 = -1, c1 = -1, list = 0;
    /* excluded: an exclusion of the category in the same predicate, unless
     * the match puts something in its place: what follows "X non è il
     * problema," is ("..., lo è la burocrazia", "Funding isn't the problem,
     * culture is"; see replaced()); an exclusion that a negation cue
     * negates ("non ci sono i fondi") excludes nothing, unless it begins
     * with a negation cue itself ("non è un problema"); nor does it exclude
     * a problem that goes on from its words ("ci sono [fondi
     * insufficienti]") or begins before them ("[shortage of nursing
     * staff]"); an exclusion that holds a match of its category
     * excludes only the matches it overlaps (exclusion_about()); one that
     * ends in a preposition of a topic naming the word after it excludes
     * no match that ends before it ("Resistenze culturali: non è una
     * questione di cattiveria"; names_next()) */
    for (R_xlen_t g = 0; g < nh && nexcl; g++) {
        const txt_hit *e = &w->hits[g];
        if (e->kind == PK_EXCLUSION && e->cat == cat &&
            (w->unit[e->first].pred == w->unit[f].pred ||
             (w->unit[e->first].pred == w->unit[l].pred + 1 &&
              (refers_back(w, e->first) || subject_left_out(w, nw, e->first, e->last)))) &&
            !replaced(d, w, nw, e->last, f, l, kind) &&
            (hit_facts(d, w, nh, g) & EX_ACTIVE) &&
            !(kind == PK_PROBLEM && ((f <= e->last && l > e->last) ||
                                     (f < e->first && l >= e->first))) &&
            earlier(e->first, e->last, c0, c1) &&
            ((f <= e->last && l >= e->first) || !(hit_facts(d, w, nh, g) & EX_ABOUT)) &&
            (l >= e->first || !names_next(w, nw, e->last))) {
            status = ST_EXCLUDED; c0 = e->first; c1 = e->last;
        }
    }
    /* ... unless a lack follows the exclusion: "i fondi ci sono, ma pochi" */
    int revived = 0;
    if (status == ST_EXCLUDED && kind == PK_TOPIC && lack_after(d, w, nw, c1, f)) {
        status = ST_CODED; c0 = c1 = -1; revived = 1;
    }
    /* ... or a lack before an exclusion that takes the topic in after a
     * qualifier (words that are no function words or cues), when that cue
     * governs the topic: "shortage of [nursing staff]" */
    int qualified = status == ST_EXCLUDED && kind == PK_TOPIC && c0 < f && c1 >= f;
    for (int k = c0; qualified && k < f; k++)
        if (w->tok[k].flags & (TF_SKIP | TF_CUES)) qualified = 0;   /* "c'è una [delibera]" */
    if (qualified) {
        for (int b = c0 - 1; b >= 0 && w->unit[b].pred == w->unit[f].pred; b--) {
            int lb = 0, nb = -1;
            if (!is_polar(&w->tok[b])) continue;
            if (reach(d, w, b, f, 1, &lb) && polarity(d, w, b, f, lb, &nb) > 0) {
                status = ST_CODED; c0 = c1 = -1; revived = 1;
            }
            break;
        }
    }
    /* contrasted: the first match after "piu che", "rather than", ... and
     * the matches joined to it (contrast_run()) */
    for (R_xlen_t g = 0; g < nh && ncontr && (status == ST_CODED || status == ST_CONTRASTED);
         g++) {
        const txt_hit *e = &w->hits[g];
        if (e->kind != PK_CONTRAST || e->last >= f) continue;
        int f1 = hit_facts(d, w, nh, g);
        if (f1 < 0 || f1 > f) continue;
        if ((f1 < f || w->unit[e->last].pred == w->unit[f].pred) && contrast_run(w, f1, f) &&
            earlier(e->first, e->last, c0, c1)) {
            status = ST_CONTRASTED; c0 = e->first; c1 = e->last;
        }
    }
    /* overlapped: (a general problem) inside a longer problem match of
     * another category; (a topic) inside a longer problem or topic
     * match, which speaks for it */
    if (status == ST_CODED && (kind == PK_TOPIC || d->pat[p].yield)) {
        /* hits are in the order of their last word: those ending at or
         * after l start at g0 <= h */
        R_xlen_t g0 = h;
        while (g0 > 0 && w->hits[g0 - 1].last >= l) g0--;
        for (R_xlen_t g = g0; g < nh; g++) {
            const txt_hit *y = &w->hits[g];
            if (y->first > f || y->last - y->first <= l - f) continue;
            int yk = y->kind;
            if (((yk == PK_PROBLEM && (kind == PK_TOPIC || y->cat != cat)) ||
                 (yk == PK_TOPIC && kind == PK_TOPIC)) &&
                earlier(y->first, y->last, c0, c1)) {
                status = ST_OVERLAPPED; c0 = y->first; c1 = y->last;
            }
        }
    }
    if (status == ST_CODED && kind == PK_PROBLEM) {
        int c = d->pat[p].concord ? -1 : negation_free(d, w, f, TF_NEG, 1);
        /* (a negation cue after a problem that holds one agrees with it:
         * "Il ruolo non è chiaro a nessuno") */
        int holds = 0;
        for (int k = f; k <= l && !holds; k++) holds = (w->tok[k].flags & TF_NEG) != 0;
        if (c < 0 && !d->pat[p].concord && !holds) c = denied_after(w, nw, l);
        /* or right after a longer problem match covering it: "Resistenze
         * culturali? Nessuna." denies "resistenze" too */
        if (c < 0 && !d->pat[p].concord && !holds) {
            R_xlen_t g0 = h;
            while (g0 > 0 && w->hits[g0 - 1].last >= l) g0--;
            /* (in the order of their last word: one that ends at or after
             * the last negation cue of the text has no cue after it) */
            for (R_xlen_t g = g0; g < nh && c < 0 && w->hits[g].last < w->lastneg; g++) {
                const txt_hit *y = &w->hits[g];
                if (y->kind == PK_PROBLEM && y->first <= f && y->last > l)
                    c = denied_after(w, nw, y->last);
            }
        }
        /* a match that opens with its negation cue, with a noun of
         * "problem" right after it, denies problems: "No funding issues" */
        if (c < 0 && d->pat[p].concord && problem_next(w, nw, l)) c = f;
        /* or a later item of a list that a "not" names: "Non sono i fondi
         * o lo stigma" */
        int s0;
        if (c < 0 && !d->pat[p].concord && (s0 = list_start(w, -1, f)) < f)
            c = named_list(d, w, nw, s0, list_end(w, nw, l));
        if (c >= 0) { status = ST_NEGATED; c0 = c1 = c; }
        if (status == ST_CODED) rule = (l - f + 1 > d->pat[p].len) ? RU_WINDOW : RU_WORDS;
    } else if (status == ST_CODED && revived) {
        rule = RU_CUE;
    } else if (status == ST_CODED) {
        /* a topic: the nearest cue of lack or adequacy after it, else before
         * it; the one before when it is nearer ("mancano sia i soldi sia
         * una figura giuridicamente riconosciuta") */
        int g = -1, neg = -1, found = 0, ga = -1, la = 0, gb = -1, lb = 0, gq = -1, lq = 0;
        int s0 = -1, gn = -1;             /* a list that a "not" names (named_list()) */
        int gf = -1, lf = 0, qa = -2;     /* qa: qualifier_after(), once needed */
        int ln = 0;                       /* (negation_reaching()'s list, unused) */
        int named = -1;                   /* a "not" that names the topic's list */
        /* (a cue that qualifies another topic only when no other cue
         * governs the topic: "Training is good, supervision and stable
         * funding are lacking", "Lack of training, supervision and stable
         * funding", but "Lack of funding, but training and good supervision";
         * none past the next cue of "nor" of an item of "né ... né": "Non
         * mancano né i fondi né la buona volontà") */
        int nor = nor_item(w, f);
        /* (nor a cue that is a word of another topic's name: "A formal
         * contract, access to supervision, a [recognised qualification]";
         * nor a "sì" that echoes a denial: echoes_denial()) */
        for (g = l + 1; g < nw && w->unit[g].pred == w->unit[l].pred &&
                        !(nor && (w->tok[g].flags & TF_NOR)); g++)
            if (is_polar(&w->tok[g]) && !(w->unit[g].mark & WM_INTOPIC) &&
                !echoes_denial(w, nw, nh, g, f, l) && reach(d, w, l, g, 0, &la)) {
                /* ("stable" says nothing of the supervision; the qualifier
                 * after a later item, nothing of the items before it: "Fondi,
                 * invece formazione adeguata"; nor does one after a
                 * separator, before the next topic: "supervision & clear
                 * role") */
                int item = (w->unit[g].mark & WM_ITEMQUAL) != 0;
                int next = g == l + 1 && w->tok[g].sep == SEP_NONE;
                int qual = !next && g + 1 < nw && qualifies_topic(w, g);
                if (next || (g == l + 1 && !qual) || !(item || qual) ||
                    g == (qa == -2 ? (qa = qualifier_after(d, w, nw, l)) : qa)) {
                    ga = g;
                    break;
                }
                if (gq < 0 && !item) { gq = g; lq = la; }
            }
        /* (not one after it when the topic complements a match before it:
         * "il riconoscimento del ruolo: assente" says nothing of the role) */
        if ((ga >= 0 || gq >= 0) && complement_of(d, w, nh, f, cat)) ga = gq = -1;
        for (g = f - 1; g >= 0 && w->unit[g].pred == w->unit[f].pred &&
                        (ga < 0 || f - g < ga - l); g--)
            if (is_polar(&w->tok[g]) && reach(d, w, g, f, 1, &lb)) {
                /* ("Lack of funding, a clear role and training", "Mancanza
                 * di fondi, di un ruolo definito e di formazione": "clear"
                 * and "definito" say nothing of the training, unless
                 * nothing else does: "Good supervision and training") */
                if (g + 1 < f && other_qualifier(w, g)) {
                    if (gf < 0) { gf = g; lf = lb; }
                    continue;
                }
                gb = g;
                break;
            }
        if (gb < 0 && gf >= 0) { gb = gf; lb = lf; }
        if (gb >= 0) { g = gb; list = lb; found = 1; }
        else if (ga >= 0) { g = ga; list = la; found = 1; }
        /* (the qualifier of the next topic, not when a negation cue before
         * the topic reaches it: "No supervision, training or clear role") */
        else if (gq >= 0 && negation_reaching(d, w, f, &ln) < 0) {
            g = gq; list = lq; found = 1;
        }
        if (found) {
            int pol = polarity(d, w, g, f, list, &neg);
            /* a cue of adequacy right after the topic, or after words that
             * qualify it too, qualifies it ("un ruolo definito", "una
             * normativa nazionale chiara"; qualifier_after()): a cue of
             * lack before the topic that reaches it with no list item
             * between (or a list joined by coordinations alone) says
             * whether the topic so
             * qualified is lacking ("manca un ruolo definito"; "non manca
             * un ruolo definito" is not, its negation is the lack's; not
             * "mancano i fondi, il ruolo definito c'e"), and so does a
             * negation cue that no earlier match holds ("non c'è un profilo
             * professionale riconosciuto", "non abbiamo una supervisione
             * strutturata"); the qualifiers of other items of its list
             * aside */
            if (qa == -2) qa = qualifier_after(d, w, nw, l);
            if (g == qa) {
                for (int b = f - 1; b >= 0 && w->unit[b].pred == w->unit[f].pred; b--) {
                    int lb = 0, nb = -1;
                    int negb = (w->tok[b].flags & TF_NEG) && !is_polar(&w->tok[b]);
                    if ((!is_polar(&w->tok[b]) && !negb) || (b + 1 < f && other_qualifier(w, b)) ||
                        !reach(d, w, b, f, 1, &lb))
                        continue;
                    if (negb) {
                        /* (or through a list, as its last item after a
                         * coordination, "Non abbiamo fondi o un ruolo
                         * chiaro", unless a "not" names the list) */
                        if (negation_held(w, b, f, 0))
                            ;
                        else if (!lb) {
                            pol = 1; list = 0; g = b; neg = -1;
                        } else if (last_item(w, nw, f, qa) >= 0) {
                            if (names_list(w, nw, b, f, l))
                                named = b;
                            else { pol = 1; list = 1; g = b; neg = -1; }
                        }
                    } else if (w->tok[b].flags & TF_LACK) {
                        /* (a list joined by coordinations alone is the
                         * cue's too: "la mancanza di un finanziamento e di
                         * una formazione adeguata") */
                        int joined = 1;
                        for (int k = b + 1; k <= f && joined; k++)
                            joined = w->tok[k].sep == SEP_NONE;
                        /* (and so is the last item after a coordination,
                         * and an item before one: "Mancanza di formazione,
                         * supervisione e fondi adeguati", "Mancano i fondi,
                         * un ruolo definito e la formazione") */
                        if (!lb || joined || last_item(w, nw, f, qa) >= 0 ||
                            coord_after(w, nw, qa)) {
                            pol = polarity(d, w, b, f, lb, &nb);
                            list = lb; g = b; neg = nb;
                        }
                    }
                    break;
                }
                /* ... or, as the last item starting a predicate of its own
                 * after a coordination and an article, the cue of lack of
                 * the list before it: "Mancano i fondi, un ruolo definito e
                 * una formazione adeguata" */
                int c = g == qa ? last_item(w, nw, f, qa) : -1;
                if (c > 0 && w->unit[c - 1].pred != w->unit[f].pred &&
                    w->unit[c - 1].clause == w->unit[f].clause) {
                    int lb = 0, nb = -1, b = list_lack_before(d, w, nw, nh, c, &lb, &nb);
                    if (b >= 0) { pol = 1; list = lb; g = b; neg = nb; }
                }
                /* ... else what follows the qualifier: "una formazione
                 * adeguata manca", "il ruolo definito non c'è" */
                if (g == qa) {
                    int q = qualified_after(d, w, nw, f, l, qa + 1, &g, &neg);
                    if (q) pol = q;
                }
            } else if (g == f - 1 && w->tok[f].sep == SEP_NONE && pol < 0 && neg < 0 &&
                       (w->tok[g].flags & (TF_LACK | TF_ADEQ)) == TF_ADEQ) {
                /* a cue of adequacy right before the topic that nothing
                 * before it reverses: what follows the topic ("A clear role
                 * does not exist", "Adequate funding is not available") */
                int q = qualified_after(d, w, nw, f, l, l + 1, &g, &neg);
                if (q) pol = q;
                /* ... else, as the last item of a list or an item before a
                 * coordination, a cue of lack before it that reaches it:
                 * "Lack of training, supervision and stable funding", "Lack
                 * of funding, a clear role and training" */
                else if (last_item(w, nw, g, l) >= 0 || coord_after(w, nw, l)) {
                    for (int b = g - 1; b >= 0 && w->unit[b].pred == w->unit[f].pred; b--) {
                        int lb = 0, nb = -1;
                        /* (or a negation cue that reaches it through the
                         * list, which no earlier match holds: "No
                         * supervision, training or clear role") */
                        int negb = (w->tok[b].flags & (TF_NEG | TF_NOR)) == TF_NEG &&
                                   !is_polar(&w->tok[b]);
                        if ((!is_polar(&w->tok[b]) && !negb) || other_qualifier(w, b) ||
                            !reach(d, w, b, f, 1, &lb))
                            continue;
                        if (negb) {
                            /* (unless it names the list: "It's not funding
                             * or a clear role, it's the culture") */
                            if (lb && !negation_held(w, b, f, 0)) {
                                if (names_list(w, nw, b, f, l))
                                    named = b;
                                else { pol = 1; list = 1; g = b; neg = -1; }
                            }
                        } else if ((w->tok[b].flags & TF_LACK) &&
                                   polarity(d, w, b, f, lb, &nb) > 0) {
                            pol = 1; list = lb; g = b; neg = nb;
                        }
                        break;
                    }
                    /* ... or, as the last item starting a predicate of its
                     * own after a coordination and an article, the cue of
                     * the list before it: "We don't have supervision,
                     * training or a clear role" */
                    int c = pol < 0 && named < 0 ? last_item(w, nw, g, l) : -1;
                    if (c > 0 && w->unit[c - 1].pred != w->unit[f].pred &&
                        w->unit[c - 1].clause == w->unit[f].clause) {
                        int lb = 0, nb = -1, b = list_lack_before(d, w, nw, nh, c, &lb, &nb);
                        if (b >= 0) { pol = 1; list = lb; g = b; neg = nb; }
                    }
                }
            }
            /* a topic stated adequate by a cue of adequacy that nothing
             * reverses, in a list headed by a cue of lack: "Lack of: clear
             * role, adequate training" */
            if (pol < 0 && neg < 0 && (w->tok[g].flags & (TF_LACK | TF_ADEQ)) == TF_ADEQ &&
                heading_lack(w, f) >= 0) {
                pol = 1; list = 1;
            }
            /* a topic stated adequate, then a lack as the whole of what
             * follows: "fondi presenti ma scarsi", "Formazione sì, ma poca",
             * "training is available but limited" */
            if (pol < 0) {
                int e = g > l ? g : l;
                if (neg > e) e = neg;
                /* (after the qualifier of the topic: "non manca un ruolo
                 * definito" says nothing more) */
                if (e == l && qa >= 0) e = qa;
                if (lack_after(d, w, nw, e, f)) { pol = 1; list = 0; }
            }
            /* a topic qualified by a cue of adequacy that nothing reverses
             * (right before it, or its qualifier after it), named as the
             * problem: "The problem is stable funding", "Stable funding is
             * the real issue" */
            if (pol < 0 && neg < 0 && named < 0 &&
                (w->tok[g].flags & (TF_LACK | TF_ADEQ)) == TF_ADEQ &&
                ((g == f - 1 && w->tok[f].sep == SEP_NONE) || g == qa) &&
                named_problem(w, nw, g < f ? g : f, g > l ? g : l)) {
                pol = 1; list = 0;
            }
            if (pol > 0) rule = list ? RU_LIST : RU_CUE;
            else if (named >= 0) { status = ST_NEGATED; c0 = c1 = named; }
            else { status = ST_ADEQUATE; c0 = neg >= 0 ? neg : g; c1 = g; }
            /* a cue of adequacy so reversed that is a word of a problem
             * match of another category speaks for that problem, not for a
             * lack of the topic: "Staff are not convinced" is the staff's
             * attitude (cultural), not a shortage of staff */
            if (pol > 0 && (w->tok[g].flags & (TF_LACK | TF_ADEQ)) == TF_ADEQ)
                for (R_xlen_t q = 0; q < nh; q++) {
                    const txt_hit *y = &w->hits[q];
                    if (y->kind == PK_PROBLEM && y->cat != cat && y->first <= g &&
                        g <= y->last && (status != ST_OVERLAPPED ||
                                         earlier(y->first, y->last, c0, c1))) {
                        status = ST_OVERLAPPED; c0 = y->first; c1 = y->last;
                    }
                }
        } else {
            /* a negation before the topic states its lack ("non abbiamo
             * fondi"), unless the clause is a contrast: "non X, ma Y" (a
             * clause word of the same sentence, not of an exception: "no
             * formal training apart from an induction" lacks; and not
             * after "not only": "Not only is there no funding, but ..."), or
             * "not" before the topic (a verb of being, a hedge and an
             * article aside) and a separator or the end after it, and only
             * function words before it in its segment, names what is not
             * the barrier: "Not money, not training - it's buy-in", "It's
             * not funding, it's the culture" ("no money" lacks); so it does
             * the list of topics it heads ("It's not funding or training,
             * it's the culture"), whose later items it may not reach ("Non
             * sono i fondi o la formazione") */
            found = (g = negation_reaching(d, w, f, &list)) >= 0;
            if (found) {
                int k = l + 1;
                while (k < nw && w->unit[k].clause == w->unit[f].clause) k++;
                /* (the topic, or the list of topics it stands in: "It's not
                 * funding or training, it's the culture") */
                int named = names_list(w, nw, g, f, l);
                if (named || (k < nw && (w->tok[k].flags & (TF_BREAK | TF_EXCEPT)) == TF_BREAK &&
                              w->tok[k].sep != SEP_CLAUSE && !only_before(w, g))) {
                    status = ST_NEGATED; c0 = c1 = g;
                } else rule = list ? RU_LIST : RU_CUE;
            } else if ((s0 = list_start(w, -1, f)) < f &&
                       (gn = named_list(d, w, nw, s0, list_end(w, nw, l))) >= 0) {
                status = ST_NEGATED; c0 = c1 = gn;    /* "Non sono i fondi o la formazione" */
            } else if (nexcl && excluded_list(w, nh, f, l, &c0, &c1)) {
                status = ST_EXCLUDED;
            } else if (context == 1 && (f >= w->nocx || named_problem(w, nw, f, l)) &&
                       d->pat[p].bare) {
                /* a bare topic: decided below (after an opening denial,
                 * one named as the problem: "Non vedo grandi ostacoli.
                 * L'unico problema è la formazione") */
                status = ST_PENDING;
                rule = RU_CONTEXT;
            } else if (heading_lack(w, f) >= 0) {
                rule = RU_LIST;             /* "Mancanza di: personale, spazi" */
            } else status = ST_UNCODED;
        }
    }
    if ((status == ST_CODED || status == ST_PENDING) && w->npast &&
        past_frame(w, nw, nh, f, l, &c0, &c1))
        status = ST_PAST;
    if (status == ST_CODED || status == ST_PENDING)
        for (int k = f; k <= l; k++) if (w->tok[k].approx) { rule = RU_APPROX; break; }
    w->hstatus[h] = status;
    w->hrule[h] = rule;
    w->hcause0[h] = c0;
    w->hcause1[h] = c1;
}

/* The words before which a bare topic is not coded, unless named as the
 * problem (named_problem()): none (0), unless the
 * answer opens with a denial, and then those before the first clause word
 * after it.  A denial is a lone negation cue as the first word ("Nessuna,
 * ...", "None."), or a first clause (up to clause punctuation, a colon or a
 * clause word) that holds no problem or topic match and either a negation cue
 * right before a separator ("Honestly, none.") or an exclusion that begins
 * with a negation cue ("Nessuna barriera significativa.", "No major
 * barriers."). */
static int opening_denial(const txt_scratch *w, R_xlen_t nw, R_xlen_t nh)
{
    const txt_tok *tok = w->tok;
    R_xlen_t c = 1;
    while (c < nw && !new_clause(&tok[c]) && tok[c].sep != SEP_COLON) c++;
    int denial = (tok[0].flags & TF_NEG) && (nw == 1 || tok[1].sep != SEP_NONE);
    if (!denial) {
        for (R_xlen_t h = 0; h < nh; h++) {
            const txt_hit *t = &w->hits[h];
            if (t->first >= c) continue;
            if (t->kind == PK_PROBLEM || t->kind == PK_TOPIC) return 0;
            if (t->kind == PK_EXCLUSION && (tok[t->first].flags & TF_NEG)) denial = 1;
        }
        for (R_xlen_t k = 0; k < c && !denial; k++)
            if ((tok[k].flags & TF_NEG) && (k + 1 == nw || tok[k + 1].sep != SEP_NONE)) denial = 1;
        if (!denial) return 0;
    }
    R_xlen_t k = c;
    while (k < nw && !(tok[k].flags & TF_BREAK)) k++;
    return (int) k;
}

#define TXT_LONG_ANSWER 20       /* words: an answer that says more than its barriers */
#define TXT_DENIAL 3             /* words after a colon where a denial of the list before it opens */

/* Is the word of token t a number ("1", "2025")? */
static R_INLINE int digits_only(const txt_scratch *w, const txt_tok *t)
{
    const unsigned char *b = w->fbuf + t->foff;
    for (int i = 0; i < t->flen; i++)
        if (b[i] < '0' || b[i] > '9') return 0;
    return t->flen > 0;
}

/* Is the sentence of words s .. e made of nothing but the names of topics
 * and problems (and function words and numbers between them): a heading that names the
 * barriers before the answer tells of them ("Supervision. Our peers have
 * nobody with lived experience to supervise them")? */
static int names_alone(const txt_scratch *w, int s, int e)
{
    for (int k = s; k <= e; k++) {
        int fl = w->tok[k].flags;
        /* (a number is a list's mark: "1) fondi; 2) formazione") */
        if (!(w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) && !digits_only(w, &w->tok[k]) &&
            (!(fl & (TF_SKIP | TF_ARTICLE | TF_COORD)) ||
             (fl & (TF_NEG | TF_BREAK | TF_LACK | TF_ADEQ))))
            return 0;
    }
    return 1;
}

/* Is the topic at word f in the answer's first sentence, made of names
 * alone (names_alone()) and followed by clause punctuation and more words:
 * a heading that names the barrier ("Supervision. Our peers ...")? */
static int opening_heading(const txt_scratch *w, R_xlen_t nw, int f)
{
    int e = f;
    while (e + 1 < nw && w->tok[e + 1].sep != SEP_CLAUSE && w->tok[e + 1].sep != SEP_COLON) e++;
    if (e + 1 >= nw || w->tok[e + 1].sep != SEP_CLAUSE) return 0;
    for (int k = 1; k <= f; k++)
        if (w->tok[k].sep == SEP_CLAUSE || w->tok[k].sep == SEP_COLON) return 0;
    return names_alone(w, 0, e);
}

/* Does the sentence of word f (to clause punctuation or a colon) say more
 * than a topic's name: a negation cue, a cue of lack, a word of "problem",
 * a phrase of the present ("What remains is funding") or a match coded by
 * its words or a cue; or is it the names alone, a heading? */
static int sentence_says(const txt_dict *d, txt_scratch *w, R_xlen_t nw, R_xlen_t nh, int f,
                         int nexcl, int ncontr, int context)
{
    int s = f, e = f;
    while (s > 0 && w->tok[s].sep != SEP_CLAUSE && w->tok[s].sep != SEP_COLON) s--;
    while (e + 1 < nw && w->tok[e + 1].sep != SEP_CLAUSE && w->tok[e + 1].sep != SEP_COLON) e++;
    for (int k = s; k <= e; k++)
        if (w->tok[k].flags & (TF_NEG | TF_LACK | TF_PROBLEMW | TF_PROBLEMN)) return 1;
    /* (across a colon: a heading of lack before it, "Mancano: riconoscimento
     * della figura, un contratto vero ...", or a denial in the first words
     * after it, "Formazione, supervisione, spazi dedicati: nulla di tutto
     * questo è previsto") */
    if (s > 0 && w->tok[s].sep == SEP_COLON)
        for (int b = s - 1; b >= 0; b--) {
            if (w->tok[b].flags & (TF_NEG | TF_LACK)) return 1;
            if (w->tok[b].sep == SEP_CLAUSE || w->tok[b].sep == SEP_COLON) break;
        }
    if (e + 1 < nw && w->tok[e + 1].sep == SEP_COLON)
        for (int a = e + 1; a < nw && a <= e + TXT_DENIAL; a++) {
            if (a > e + 1 && (w->tok[a].sep == SEP_CLAUSE || w->tok[a].sep == SEP_COLON)) break;
            if (w->tok[a].flags & TF_NEG) return 1;
        }
    /* (the matches whose status is known first; with codes alone, those
     * left for later only then) */
    int later = 0;
    for (R_xlen_t q = 0; q < nh; q++) {
        const txt_hit *y = &w->hits[q];
        if (y->first < s || y->first > e) continue;
        if (y->kind == PK_PRESENT || (y->kind <= PK_TOPIC && w->hstatus[q] == ST_CODED)) return 1;
        later |= y->kind <= PK_TOPIC && w->hstatus[q] == ST_LATER;
    }
    for (R_xlen_t q = 0; q < nh && later; q++) {
        const txt_hit *y = &w->hits[q];
        if (y->first < s || y->first > e || y->kind > PK_TOPIC || w->hstatus[q] != ST_LATER)
            continue;
        hit_status(d, w, nw, nh, q, nexcl, ncontr, context);
        if (w->hstatus[q] == ST_CODED) return 1;
    }
    return names_alone(w, s, e);
}

/* Status, rule and cause of every hit of a text (-1 for exclusions and
 * contrast matches).  context: 0 none, 1 barrier.  With codes_only, a
 * problem or topic of a category already coded by an earlier hit is left
 * ST_LATER: it cannot change the codes, and its status is worked out only
 * if a bare topic of another category needs it.  coded: ncat bytes of
 * scratch.  Returns 0 when memory ran out. */
/* Is the topic of words f..l an echo: alone in its segment but for
 * articles, function words, coordinations and clause words before it, and
 * followed to the segment's end by at most TXT_ECHO words, copulas or
 * words around a "not" and at least one word of an echo or a "sì" that is
 * a cue ("Mancano i fondi, la formazione pure", "Funding is lacking,
 * training is not", "Non mancano i fondi, ma la formazione sì")?  Returns
 * TF_ECHO for an echo of agreement (which wins over one of negation:
 * "not either"), TF_ECHONOT for one of negation, TF_ADEQACC for a "sì"
 * alone, 0 for none; *at: the last word of the echo. */
#define TXT_ECHO 3
static int echo_after(const txt_scratch *w, R_xlen_t nw, int f, int l, int *at)
{
    int s = w->unit[f].seg, type = 0;
    for (int k = f - 1; k >= 0 && w->unit[k].seg == s; k--) {
        txt_flags fl = w->tok[k].flags;
        if ((fl & (TF_NEG | TF_LACK | TF_ADEQ)) || (w->unit[k].mark & (WM_INTOPIC | WM_INPROBLEM)) ||
            !(fl & (TF_SKIP | TF_ARTICLE | TF_COORD | TF_BREAK)))
            return 0;
    }
    int k = l + 1, yes = 0;
    for (; k < nw && w->unit[k].seg == s; k++) {
        txt_flags fl = w->tok[k].flags;
        int y = (fl & (TF_ADEQACC | TF_ADEQ)) == (TF_ADEQACC | TF_ADEQ);
        if (k - l > TXT_ECHO || !((fl & (TF_ECHO | TF_ECHONOT | TF_COPULA | TF_NAMING)) || y))
            return 0;
        if (fl & TF_ECHO) type = TF_ECHO;
        else if ((fl & TF_ECHONOT) && type != TF_ECHO) type = TF_ECHONOT;
        yes |= y;
        if ((fl & (TF_ECHO | TF_ECHONOT)) || y) *at = k;
    }
    return type ? type : yes ? TF_ADEQACC : 0;
}

/* What the answer said before the echo at a topic whose segment starts at
 * word s0: 1 a barrier (a match coded), -1 none (a match stated adequate,
 * negated or excluded), 0 nothing said; of the matches ending last before
 * s0 whose status is so decided (an echo's as its echo decided it), a
 * barrier when any of them is coded.  *denied: one of them is negated, or stated
 * adequate or excluded by words that open with a negation cue. */
static int echoed(const txt_scratch *w, R_xlen_t nh, R_xlen_t h, int s0, int *denied)
{
    int best = -1, said = 0;
    *denied = 0;
    for (R_xlen_t q = 0; q < nh; q++) {
        const txt_hit *y = &w->hits[q];
        if (q == h || (y->kind != PK_PROBLEM && y->kind != PK_TOPIC) || y->last >= s0 ||
            y->last < best)
            continue;
        int ys = w->hstatus[q];
        int pol = ys == ST_CODED ? 1 :
                  (ys == ST_ADEQUATE || ys == ST_NEGATED || ys == ST_EXCLUDED) ? -1 : 0;
        if (!pol) continue;
        /* (by a negation: "non mancano", "non è un problema") */
        int c = w->hcause0[q];
        int den = ys == ST_NEGATED || (pol < 0 && c >= 0 && (w->tok[c].flags & TF_NEG));
        if (y->last > best) { best = y->last; said = pol; *denied = den; }
        else { if (pol > 0) said = 1; *denied |= den; }
    }
    return said;
}

static int resolve(const txt_dict *d, txt_scratch *w, R_xlen_t nw, R_xlen_t nh, int context,
                   int codes_only)
{
    if (w->hscap < w->hcap) {         /* sized with the hits buffer */
        void *q;
#define TXT_GROW(field) \
        if (!(q = xgrow(w, w->field, (size_t) w->hcap, sizeof(int)))) return 0; \
        w->field = (int *) q;
        TXT_GROW(hstatus)
        TXT_GROW(hrule)
        TXT_GROW(hcause0)
        TXT_GROW(hcause1)
        TXT_GROW(hpre)
#undef TXT_GROW
        w->hscap = w->hcap;
    }
    int nexcl = 0, ncontr = 0;
    w->npast = 0;
    for (R_xlen_t h = 0; h < nh; h++) {
        nexcl += w->hits[h].kind == PK_EXCLUSION;
        w->npast += w->hits[h].kind == PK_PAST;
    }
    if (nexcl) exclusion_words(w, nw);
    for (R_xlen_t h = 0; h < nh; h++) {
        const txt_hit *x = &w->hits[h];
        ncontr += x->kind == PK_CONTRAST;
        if (x->kind == PK_PROBLEM)
            for (int k = x->first; k <= x->last; k++)
                w->unit[k].mark |= WM_INPROBLEM | (k > x->first ? WM_PNOTFIRST : 0) |
                    (k < x->last ? WM_PNOTLAST : 0);
        if (x->kind != PK_TOPIC) continue;
        /* (a list item: followed by a separator, a coordination or a cue
         * of "nor"; before another negation cue, a topic is the subject
         * of what follows: "Existing staff never had training") */
        int l = x->last;
        int item = l + 1 < nw && (w->tok[l + 1].sep != SEP_NONE ||
                                  (w->tok[l + 1].flags & (TF_COORD | TF_NOR)));
        w->unit[l].mark |= WM_TOPICEND;
        unsigned char m = item ? WM_INTOPIC | WM_LISTTOPIC : WM_INTOPIC;
        for (int k = x->first; k <= l; k++) w->unit[k].mark |= m;
    }
    if (w->adeqw) item_qualifiers(d, w, nw, nh);
    /* what hit_status() asks of every exclusion and contrast match: worked
     * out once, when first needed (hit_facts()) */
    if (nexcl || ncontr)
        for (R_xlen_t g = 0; g < nh; g++) w->hpre[g] = HP_UNKNOWN;
    if (codes_only) {
        if (!w->coded && !(w->coded = (unsigned char *) malloc((size_t) d->ncat))) {
            w->oom = 1;
            return 0;
        }
        memset(w->coded, 0, (size_t) d->ncat);
    }
    unsigned char *coded = w->coded;
    /* (codes alone, the statuses of a category that a match codes are not
     * worked out, unless a topic echoes what was said before it) */
    int lazy = codes_only;
    for (R_xlen_t h = 0; h < nh && w->echow && lazy; h++) {
        const txt_hit *x = &w->hits[h];
        int at;
        if (x->kind == PK_TOPIC && echo_after(w, nw, x->first, x->last, &at)) lazy = 0;
    }
    for (R_xlen_t h = 0; h < nh; h++) {
        const txt_hit *x = &w->hits[h];
        if (x->kind > PK_TOPIC) { w->hstatus[h] = -1; continue; }
        if (lazy && coded[x->cat]) { w->hstatus[h] = ST_LATER; continue; }
        hit_status(d, w, nw, nh, h, nexcl, ncontr, context);
        if (lazy && w->hstatus[h] == ST_CODED) coded[x->cat] = 1;
    }
    /* A bare topic is coded unless its segment holds a match of another
     * category that is not set aside by a contrast: a problem, a topic coded
     * by a cue, or a topic before it ("resistenze verso il ruolo del peer"
     * is cultural, not role; "formazione del personale" is training) unless
     * an exclusion taking in the bare topic sets it aside; and
     * unless the answer says its category is no barrier: a match of the
     * category stated adequate, negated or excluded ("la formazione non
     * manca (abbiamo fatto il corso)"), unless that match is in another
     * predicate and the topic is named as the problem ("Staff have come
     * round. The physical space is the barrier": named_problem()), or is
     * negated or excluded and the topic is a heading that opens the answer
     * (opening_heading()). */
    for (R_xlen_t h = 0; h < nh; h++) {
        if (w->hstatus[h] != ST_PENDING) continue;
        const txt_hit *x = &w->hits[h];
        /* (codes alone: a category another match codes needs no more) */
        if (lazy && coded[x->cat]) continue;
        int cat = x->cat, f = x->first, c0 = -1, c1 = -1, named = -1, heading = -1;
        for (R_xlen_t q = 0; q < nh; q++) {
            const txt_hit *y = &w->hits[q];
            int yk = y->kind;
            if (y->cat == cat) {
                if (q == h || (yk != PK_PROBLEM && yk != PK_TOPIC)) continue;
                int other = w->unit[y->first].pred != w->unit[f].pred;
                if (other) {
                    if (named < 0) named = named_problem(w, nw, f, x->last);
                    if (named) continue;
                }
                if (w->hstatus[q] == ST_LATER) hit_status(d, w, nw, nh, q, nexcl, ncontr, context);
                int ys = w->hstatus[q];
                /* (nor, in another predicate, a match negated or excluded
                 * when the topic is a heading that opens the answer; one
                 * stated adequate still does) */
                if (other && (ys == ST_NEGATED || ys == ST_EXCLUDED)) {
                    if (heading < 0) heading = opening_heading(w, nw, f);
                    if (heading) continue;
                }
                if ((ys == ST_ADEQUATE || ys == ST_NEGATED || ys == ST_EXCLUDED) &&
                    earlier(y->first, y->last, c0, c1)) {
                    c0 = y->first; c1 = y->last;
                }
                continue;
            }
            int seg = yk == PK_PROBLEM ? (w->unit[y->first].seg == w->unit[f].seg ||
                                          w->unit[y->last].seg == w->unit[f].seg)
                    : yk == PK_TOPIC && w->unit[y->first].seg == w->unit[f].seg;
            if (!seg) continue;
            if (w->hstatus[q] == ST_LATER) hit_status(d, w, nw, nh, q, nexcl, ncontr, context);
            int ys = w->hstatus[q];
            /* nor a topic before it set aside by an exclusion that takes
             * this topic in ("Staff attitudes": staff qualifies attitudes),
             * nor one that no cue codes and that is not coded bare ("staff
             * training") */
            if (ys == ST_CONTRASTED || (yk == PK_TOPIC && y->first >= f && ys != ST_CODED) ||
                (yk == PK_TOPIC && ys == ST_EXCLUDED && w->hcause1[q] >= f) ||
                (yk == PK_TOPIC && ys == ST_UNCODED && !d->pat[y->pat].bare))
                continue;
            if (earlier(y->first, y->last, c0, c1)) { c0 = y->first; c1 = y->last; }
        }
        /* ... and, in an answer that says more than its barriers, unless
         * its sentence says more than the topic's name: "Staff did a
         * 40-hour course" in a long answer tells what was done */
        if (c0 < 0 && nw > TXT_LONG_ANSWER &&
            !sentence_says(d, w, nw, nh, f, nexcl, ncontr, context))
            w->hstatus[h] = ST_UNCODED_BARE;
        if (c0 >= 0) {
            w->hstatus[h] = ST_UNCODED_BARE;
            w->hcause0[h] = c0;
            w->hcause1[h] = c1;
        }
    }
    for (R_xlen_t h = 0; h < nh; h++) {
        if (w->hstatus[h] == ST_PENDING) w->hstatus[h] = ST_CODED;
        else if (w->hstatus[h] == ST_UNCODED_BARE) w->hstatus[h] = ST_UNCODED;
    }
    /* A topic that echoes what the answer said before (echo_after()) says
     * the same of it, or with a word of negation the opposite, whatever a
     * cue or an exclusion before its segment said of it (in the order of
     * the text, so that an echo may echo an echo: "Lo stigma non è un
     * problema, i fondi sì, la formazione no"): coded when it agrees with a
     * barrier ("Mancano i fondi, la formazione pure", "Stigma is an issue,
     * funding too") or denies no barrier ("Non mancano i fondi, la
     * formazione no"), not when it agrees with none ("I fondi non mancano,
     * la formazione nemmeno", "Funding is fine, training too") or denies
     * one ("I fondi mancano, la formazione no", "Funding is lacking,
     * training is not"); a "sì" alone codes it after a denial ("Nessun
     * problema di fondi, ma di cultura sì") and changes nothing else;
     * unless nothing was said before (echoed()), or the topic is negated,
     * excluded in its segment, contrasted, overlapped or of the past. */
    for (R_xlen_t h = 0; h < nh && w->echow; h++) {
        const txt_hit *x = &w->hits[h];
        int st = w->hstatus[h], at = -1, echo;
        if (x->kind != PK_TOPIC ||
            (st != ST_CODED && st != ST_ADEQUATE && st != ST_UNCODED && st != ST_EXCLUDED) ||
            !(echo = echo_after(w, nw, x->first, x->last, &at)))
            continue;
        int s0 = x->first;
        while (s0 > 0 && w->unit[s0 - 1].seg == w->unit[x->first].seg) s0--;
        /* (excluded by words before its segment: "Lo stigma non è un
         * problema, i fondi sì") */
        if (st == ST_EXCLUDED && w->hcause1[h] >= s0) continue;
        int denied, said = echoed(w, nh, h, s0, &denied);
        if (!said || (echo == TF_ADEQACC && !(said < 0 && denied))) continue;
        int code = echo == TF_ADEQACC || (echo == TF_ECHO) == (said > 0);
        if (code == (st == ST_CODED)) continue;      /* (said already) */
        if (code) {
            w->hstatus[h] = ST_CODED;
            w->hrule[h] = RU_ECHO;
            for (int k = x->first; k <= x->last; k++)
                if (w->tok[k].approx) { w->hrule[h] = RU_APPROX; break; }
            w->hcause0[h] = w->hcause1[h] = -1;
        } else {
            w->hstatus[h] = ST_UNCODED;
            w->hcause0[h] = w->hcause1[h] = at;
        }
    }
    return 1;
}

static void scratch_free(txt_scratch *w)
{
    free(w->tok); free(w->unit); free(w->nsep); free(w->negafter);
    free(w->syms); free(w->fbuf); free(w->cur); free(w->nxt); free(w->hits);
    free(w->shidx); free(w->shgen);
    free(w->hstatus); free(w->hrule); free(w->hcause0); free(w->hcause1); free(w->hpre);
    free(w->cache); free(w->kbytes); free(w->coded);
    memset(w, 0, sizeof(txt_scratch));
}

#define NEV 8
#define TXT_CHUNK 512           /* answers coded by one thread at a time */
#define TXT_ROUND 32            /* chunks per thread between two interrupt checks */
#define TXT_PIECE 8192          /* bytes of an answer coded at a time (piece_end()) */

/* Evidence of the answers of one chunk: NEV columns of ints. */
typedef struct {
    R_xlen_t n, cap;
    int *v[NEV];
} txt_ev;

/* Everything a call allocates outside R: one scratch per thread and the
 * evidence of every chunk.  Held by an external pointer whose finalizer
 * frees it when an error or an interrupt leaves the call. */
typedef struct {
    int nth;
    txt_scratch *ws;
    R_xlen_t nchunk;
    txt_ev *ev;
    const unsigned char **sp;   /* the bytes of each answer (NULL: NA) */
    R_xlen_t *sl;               /* and their number */
    R_xlen_t *first_bad;        /* per chunk: first answer not valid UTF-8 */
} txt_work;

static void work_free(txt_work *k)
{
    if (!k) return;
    if (k->ws) for (int t = 0; t < k->nth; t++) scratch_free(&k->ws[t]);
    if (k->ev)
        for (R_xlen_t c = 0; c < k->nchunk; c++)
            for (int j = 0; j < NEV; j++) free(k->ev[c].v[j]);
    free(k->ws);
    free(k->ev);
    free(k->sp);
    free(k->sl);
    free(k->first_bad);
    free(k);
}

static void work_finalize(SEXP ptr)
{
    work_free((txt_work *) R_ExternalPtrAddr(ptr));
    R_ClearExternalPtr(ptr);
}

/* A txt_work for nth threads, n answers in nchunk chunks, with evidence
 * or not, behind an external pointer that the caller protects. */
static SEXP work_new(int nth, R_xlen_t n, R_xlen_t nchunk, int want_ev, txt_work **out)
{
    SEXP ptr = PROTECT(R_MakeExternalPtr(NULL, R_NilValue, R_NilValue));
    R_RegisterCFinalizerEx(ptr, work_finalize, TRUE);
    txt_work *k = (txt_work *) calloc(1, sizeof(txt_work));
    if (!k) Rf_error("cannot allocate memory to code 'text'");
    R_SetExternalPtrAddr(ptr, k);
    k->nth = nth;
    k->ws = (txt_scratch *) calloc((size_t) nth, sizeof(txt_scratch));
    k->nchunk = want_ev ? nchunk : 0;
    if (want_ev) k->ev = (txt_ev *) calloc((size_t) nchunk + 1, sizeof(txt_ev));
    k->sp = (const unsigned char **) malloc(((size_t) n + 1) * sizeof(char *));
    k->sl = (R_xlen_t *) malloc(((size_t) n + 1) * sizeof(R_xlen_t));
    k->first_bad = (R_xlen_t *) calloc((size_t) nchunk + 1, sizeof(R_xlen_t));
    if (!k->ws || (want_ev && !k->ev) || !k->sp || !k->sl || !k->first_bad)
        Rf_error("cannot allocate memory to code 'text'");
    *out = k;
    UNPROTECT(1);
    return ptr;
}

static void work_done(SEXP ptr)
{
    work_free((txt_work *) R_ExternalPtrAddr(ptr));
    R_ClearExternalPtr(ptr);
}

/* Ask for the first bytes of the next answer (up to 256) while this one
 * is coded: R's strings lie anywhere in its heap, and the processor's
 * prefetcher does not guess the jump from one to the next. */
static R_INLINE void prefetch_text(const unsigned char *p, R_xlen_t n)
{
#if defined(__GNUC__)
    if (!p) return;
    if (n > 256) n = 256;
    for (R_xlen_t i = 0; i < n; i += 64) __builtin_prefetch(p + i);
#else
    (void) p; (void) n;
#endif
}

/* Does byte c end a word whatever comes next: a space or a punctuation
 * mark that joins no words (not a hyphen, an apostrophe or an ampersand)? */
static R_INLINE int word_gap(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' ||
           c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')' || c == '/';
}

/* The end of the piece of an answer that starts at byte p0 of its n bytes:
 * the whole rest when it is at most TXT_PIECE bytes, else the end of the
 * last sentence (".", "!", "?" or ";" before a space, or a line end) in the
 * piece's second half, else its last list separator before a space (",",
 * ")", "(", "/", "]", "[", "&", "+": no phrase matches across one), else
 * its last space or punctuation between words (or the first after it: a
 * word is never cut).  The rules that link words
 * reach across sentences only in a few ways (the past, an opening denial);
 * an answer longer than a piece is no survey answer but a document, and
 * reading it in pieces keeps the cost of a long run of words without a
 * full stop linear. */
static R_xlen_t piece_end(const unsigned char *s, R_xlen_t n, R_xlen_t p0)
{
    if (n - p0 <= TXT_PIECE) return n;
    R_xlen_t top = p0 + TXT_PIECE, half = p0 + TXT_PIECE / 2, sp = -1, seg = -1;
    for (R_xlen_t i = top - 1; i > half; i--) {
        unsigned char c = s[i];
        if (c == '\n') return i + 1;
        if (c == ' ' || c == '\t') {
            unsigned char b = s[i - 1];
            if (b == '.' || b == '!' || b == '?' || b == ';') return i + 1;
            if (seg < 0 && (b == ',' || b == ')' || b == '(' || b == '/' || b == ']' ||
                            b == '[' || b == '&' || b == '+'))
                seg = i + 1;
            if (sp < 0) sp = i + 1;
        }
    }
    if (seg > 0) return seg;
    if (sp > 0) return sp;
    /* (a word is never cut: a piece of one long word ends after it) */
    for (R_xlen_t i = top - 1; i > p0; i--)
        if (word_gap(s[i])) return i + 1;
    for (R_xlen_t i = top; i < n; i++)
        if (word_gap(s[i])) return i + 1;
    return n;
}

/* Code one piece of answer r (bytes s[0 .. n), whose first character is
 * character `off` of the answer) into the codes cd and the evidence ev.
 * Returns 0, 1 when it is not valid UTF-8, or -1 when memory ran out. */
static R_INLINE int code_piece(const txt_dict *d, txt_scratch *w, txt_ev *ev, R_xlen_t r,
                               const unsigned char *s, R_xlen_t n, R_xlen_t off,
                               int *const *cd, int ctx)
{
    R_xlen_t nw = tokenize(d, s, n, w);
    if (nw == -1) return 1;
    if (nw < 0 || nw > INT_MAX / 2) return -1;
    if (!w->roots) return 0;             /* no phrase starts: no match */
    R_xlen_t nh = match_words(d, w, nw);
    if (nh < 0) return -1;
    if (nh == 0) return 0;
    w->nhits = nh;
    w->lastneg = -1;
    for (R_xlen_t k = nw - 1; k >= 0 && w->lastneg < 0; k--)
        if (w->tok[k].flags & TF_NEG) w->lastneg = (int) k;
    w->nocx = opening_denial(w, nw, nh);
    if (!resolve(d, w, nw, nh, ctx, ev == NULL)) return -1;
    for (R_xlen_t h = 0; h < nh; h++) {
        int st = w->hstatus[h];
        if (st < 0) continue;
        int p = w->hits[h].pat;
        if (st == ST_CODED) cd[w->hits[h].cat][r] = 1;
        if (!ev) continue;
        if (ev->n == ev->cap) {
            R_xlen_t nc = ev->cap ? 2 * ev->cap : 256;
            for (int j = 0; j < NEV; j++) {
                int *q = (int *) xgrow(w, ev->v[j], (size_t) nc, sizeof(int));
                if (!q) return -1;
                ev->v[j] = q;
            }
            ev->cap = nc;
        }
        /* character positions fit an int: R strings are shorter than 2^31 bytes */
        R_xlen_t e = ev->n++;
        const txt_hit *x = &w->hits[h];
        ev->v[0][e] = (int) r + 1;
        ev->v[1][e] = p + 1;
        ev->v[2][e] = (int) (off + w->tok[x->first].start) + 1;
        ev->v[3][e] = (int) (off + w->tok[x->last].end) + 1;
        ev->v[4][e] = st;
        ev->v[5][e] = w->hrule[h];
        ev->v[6][e] = w->hcause0[h] < 0 ? NA_INTEGER : (int) (off + w->tok[w->hcause0[h]].start) + 1;
        ev->v[7][e] = w->hcause1[h] < 0 ? NA_INTEGER : (int) (off + w->tok[w->hcause1[h]].end) + 1;
    }
    return 0;
}

/* How code_chunk() looks for an interrupt between the pieces of a long
 * answer: in R's own thread with no other running (TXT_R), R's own check,
 * which may leave the call; in the main thread of a parallel region
 * (TXT_MAIN), interrupt_seen(), which sets *stop for every thread; in
 * another thread (TXT_OTHER), only *stop. */
#define TXT_R 1
#define TXT_MAIN 2
#define TXT_OTHER 3

#ifdef _OPENMP
#define TXT_OMP(x) _Pragma(#x)
#else
#define TXT_OMP(x)
#endif

/* The message of an error that R raised in the main thread while the
 * threads ran (a time limit of setTimeLimit(), which R checks with the
 * interrupts), taken to stop them; "" when none. */
static char txt_error[512];

static SEXP check_interrupt_body(void *unused)
{
    (void) unused;
    R_CheckUserInterrupt();
    return R_NilValue;
}

static SEXP error_taken(SEXP cond, void *unused)
{
    (void) unused;
    const char *m = "error";
    if (TYPEOF(cond) == VECSXP && XLENGTH(cond) > 0 && TYPEOF(VECTOR_ELT(cond, 0)) == STRSXP &&
        XLENGTH(VECTOR_ELT(cond, 0)) > 0 && STRING_ELT(VECTOR_ELT(cond, 0), 0) != NA_STRING)
        m = Rf_translateCharUTF8(STRING_ELT(VECTOR_ELT(cond, 0), 0));
    snprintf(txt_error, sizeof txt_error, "%s", *m ? m : "error");
    /* (a message cut short ends before a character, not inside one) */
    size_t n = strlen(txt_error);
    if (n == sizeof txt_error - 1 && ((unsigned char) m[n] & 0xC0) == 0x80) {
        while (n > 0 && ((unsigned char) txt_error[n - 1] & 0xC0) == 0x80) n--;
        if (n > 0) n--;                  /* (its first byte) */
    }
    txt_error[n] = '\0';
    return R_NilValue;
}

static void check_interrupt(void *unused)
{
    (void) unused;
    R_tryCatchError(check_interrupt_body, NULL, error_taken, NULL);
}

/* Has the user interrupted, or has R raised an error (txt_error)?  Asked
 * in the main thread alone; the interrupt is taken (R_ToplevelExec()
 * catches R's jump) and the error caught, so code_text() signals either
 * again once the threads have stopped. */
static int interrupt_seen(void)
{
    return !R_ToplevelExec(check_interrupt, NULL) || txt_error[0] != '\0';
}

static R_INLINE int stop_read(const int *stop)
{
    int v;
    TXT_OMP(omp atomic read)
    v = *stop;
    return v;
}

static R_INLINE void stop_set(int *stop)
{
    TXT_OMP(omp atomic write)
    *stop = 1;
}

/* Code answers [r0, r1) with scratch w, in any thread: codes into the
 * columns cd, evidence (when ev is not NULL) into ev.  s[r] and len[r] are the
 * UTF-8 bytes of answer r (NULL: NA).  An answer longer than TXT_PIECE bytes
 * is coded piece by piece (piece_end()), with a look for an interrupt
 * between pieces as `poll` says (TXT_R, TXT_MAIN, TXT_OTHER; stop: the flag
 * of the threads, NULL with TXT_R); once *stop is set the chunk is left
 * unfinished.  Returns 0, or r + 1 for the first answer that is not valid
 * UTF-8; sets w->oom when memory ran out. */
static R_xlen_t code_chunk(const txt_dict *d, txt_scratch *w, txt_ev *ev, R_xlen_t r0,
                           R_xlen_t r1, const unsigned char *const *s, const R_xlen_t *len,
                           int *const *cd, int ctx, int poll, int *stop)
{
    int ncat = d->ncat;
    for (R_xlen_t r = r0; r < r1; r++) {
        if (r + 1 < r1) prefetch_text(s[r + 1], len[r + 1]);   /* scattered in R's heap */
        if (!s[r]) {
            for (int k = 0; k < ncat; k++) cd[k][r] = NA_LOGICAL;
            continue;
        }
        for (int k = 0; k < ncat; k++) cd[k][r] = 0;
        R_xlen_t p0 = 0, off = 0;
        do {
            R_xlen_t p1 = len[r] - p0 <= TXT_PIECE ? len[r] : piece_end(s[r], len[r], p0);
            int res = code_piece(d, w, ev, r, s[r] + p0, p1 - p0, off, cd, ctx);
            if (res > 0) return r + 1;
            if (res < 0) { w->oom = 1; return 0; }
            if (p1 == len[r]) break;
            for (R_xlen_t i = p0; i < p1; i++) off += (s[r][i] & 0xC0) != 0x80;
            p0 = p1;
            if (poll == TXT_R) R_CheckUserInterrupt();
            else {
                if (poll == TXT_MAIN && interrupt_seen()) stop_set(stop);
                if (stop_read(stop)) return 0;
            }
        } while (1);
    }
    return 0;
}

/* C_code_text(text, dictionary, evidence, context, native_utf8, threads)
 * text: character vector (UTF-8, latin1 or native; strings that claim UTF-8
 * are validated as they are read); dictionary: the external pointer;
 * evidence: TRUE/FALSE; context: 0 (none) or 1 (answers to a question
 * about barriers); native_utf8: TRUE when the native encoding is UTF-8;
 * threads: OpenMP threads over the answers (1 when built without OpenMP).
 * Returns list(codes = list of ncat logical vectors of length n, evidence = NULL or
 * list(answer, pattern, start, end, status, rule, cause_start, cause_end),
 * bad = c(element, kind), error = NULL or a message) with 1-based rows,
 * patterns and character positions (NA: no cause); bad gives the first
 * element that is not text (kind 1: marked as bytes, 2: not valid UTF-8), 0
 * when all are, or kind 3
 * (element 0) when the threads stopped on an interrupt, kind 4 on an error
 * whose message is the list's fourth element, that code_text()
 * must signal again.
 *
 * The strings are read (and latin1 ones converted) first, in this thread;
 * the answers are then coded in chunks, by as many threads as asked, each
 * with its own scratch and touching only its own rows of the codes and its
 * own chunks of evidence; the evidence is joined in answer order at the
 * end.  Between rounds of chunks the main thread looks for an interrupt,
 * and, with threads, also between the pieces of a long answer and while it
 * waits for the other threads. */
SEXP C_code_text(SEXP text, SEXP dictionary, SEXP evidence, SEXP context, SEXP native_utf8,
                 SEXP threads)
{
    psv_check_type(text, STRSXP, "text");
    txt_dict *d = txt_dict_of(dictionary);
    int want_ev = psv_as_flag(evidence, "evidence");
    int ctx = psv_as_int(context, "context", 0, 1);
    int nat8 = psv_as_flag(native_utf8, "native_utf8");
    int nth = psv_as_int(threads, "threads", 1, 1024);
#ifndef _OPENMP
    nth = 1;
#endif
    R_xlen_t n = XLENGTH(text);
    int nprot = 0;
    if (n > INT_MAX) Rf_error("'text' is too long");
    SEXP codes = PROTECT(Rf_allocVector(VECSXP, d->ncat)); nprot++;
    int **cd = (int **) R_alloc((size_t) d->ncat, sizeof(int *));
    for (int j = 0; j < d->ncat; j++) {
        SET_VECTOR_ELT(codes, j, Rf_allocVector(LGLSXP, n));
        cd[j] = LOGICAL(VECTOR_ELT(codes, j));
    }
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 4)); nprot++;
    SET_VECTOR_ELT(out, 0, codes);
    txt_error[0] = '\0';
    SEXP b = Rf_allocVector(INTSXP, 2);
    SET_VECTOR_ELT(out, 2, b);
    int *bad = INTEGER(b);
    bad[0] = bad[1] = 0;

    R_xlen_t nchunk = (n + TXT_CHUNK - 1) / TXT_CHUNK;
    txt_work *k;
    SEXP work = PROTECT(work_new(nth, n, nchunk, want_ev, &k)); nprot++;
    /* the bytes of every answer, as UTF-8 */
    const unsigned char **sp = k->sp;
    R_xlen_t *sl = k->sl;
    const SEXP *tp = ALTREP(text) ? NULL : STRING_PTR_RO(text);
    for (R_xlen_t r = 0; r < n; r++) {
        if (r % 65536 == 0) R_CheckUserInterrupt();
        if (tp && r + 8 < n) prefetch_text((const unsigned char *) tp[r + 8], 64);
        SEXP el = STRING_ELT(text, r);
        if (el == NA_STRING) { sp[r] = NULL; sl[r] = 0; continue; }
        /* UTF-8 as it is (marked, ASCII, or native in a UTF-8 locale);
         * latin1 and other native strings converted */
        cetype_t ce = Rf_getCharCE(el);
        if (ce == CE_BYTES) {
            bad[0] = (int) r + 1; bad[1] = 1;
            work_done(work);
            UNPROTECT(nprot);
            return out;
        }
        if (ce == CE_UTF8 || (ce == CE_NATIVE && nat8)) {
            sp[r] = (const unsigned char *) CHAR(el);
            sl[r] = XLENGTH(el);
        } else {
            sp[r] = (const unsigned char *) Rf_translateCharUTF8(el);
            sl[r] = (R_xlen_t) strlen((const char *) sp[r]);
        }
    }

    R_xlen_t *first_bad = k->first_bad;
    R_xlen_t round = (R_xlen_t) TXT_ROUND * nth;
    for (R_xlen_t c0 = 0; c0 < nchunk; c0 += round) {
        R_xlen_t c1 = c0 + round < nchunk ? c0 + round : nchunk;
        /* (one thread codes in R's own thread, outside any parallel region,
         * and may look for an interrupt inside a long answer) */
        if (nth == 1)
            for (R_xlen_t c = c0; c < c1; c++) {
                R_xlen_t r0 = c * TXT_CHUNK, r1 = r0 + TXT_CHUNK < n ? r0 + TXT_CHUNK : n;
                first_bad[c] = k->ws[0].oom ? 0 :
                    code_chunk(d, &k->ws[0], want_ev ? &k->ev[c] : NULL, r0, r1, sp, sl, cd,
                               ctx, TXT_R, NULL);
            }
        else {
            /* each thread takes the next chunk until none is left; the main
             * thread looks for an interrupt between the pieces of a long
             * answer, and once its chunks are done until the other threads'
             * are (one of them may hold a long answer) */
            R_xlen_t next = c0;
            int busy = nth, stop = 0;
            TXT_OMP(omp parallel num_threads(nth))
            {
                int t = 0;
#ifdef _OPENMP
                t = omp_get_thread_num();
#endif
                txt_scratch *w = &k->ws[t];
                for (;;) {
                    R_xlen_t c;
                    TXT_OMP(omp atomic capture)
                    c = next++;
                    if (c >= c1 || stop_read(&stop)) break;
                    R_xlen_t r0 = c * TXT_CHUNK, r1 = r0 + TXT_CHUNK < n ? r0 + TXT_CHUNK : n;
                    first_bad[c] = w->oom ? 0 :
                        code_chunk(d, w, want_ev ? &k->ev[c] : NULL, r0, r1, sp, sl, cd, ctx,
                                   t == 0 ? TXT_MAIN : TXT_OTHER, &stop);
                }
                TXT_OMP(omp atomic)
                busy--;
                if (t == 0)
                    for (unsigned int spin = 0;; spin++) {
                        int b;
                        TXT_OMP(omp atomic read)
                        b = busy;
                        if (b == 0) break;
                        if (spin % 1024 == 0 && !stop_read(&stop) && interrupt_seen())
                            stop_set(&stop);
                    }
            }
            if (stop) {                 /* interrupted: code_text() signals it */
                bad[0] = 0; bad[1] = 3;
                if (txt_error[0]) {     /* ... or the error R raised */
                    bad[1] = 4;
                    SET_VECTOR_ELT(out, 3, Rf_ScalarString(Rf_mkCharCE(txt_error, CE_UTF8)));
                }
                work_done(work);
                UNPROTECT(nprot);
                return out;
            }
        }
        for (int t = 0; t < nth; t++)
            if (k->ws[t].oom) Rf_error("cannot allocate memory to code 'text'");
        for (R_xlen_t c = c0; c < c1; c++)
            if (first_bad[c]) {
                bad[0] = (int) first_bad[c]; bad[1] = 2;
                work_done(work);
                UNPROTECT(nprot);
                return out;
            }
        R_CheckUserInterrupt();
    }

    if (want_ev) {
        R_xlen_t ne = 0;
        for (R_xlen_t c = 0; c < nchunk; c++) ne += k->ev[c].n;
        SEXP evl = PROTECT(Rf_allocVector(VECSXP, NEV)); nprot++;
        SET_VECTOR_ELT(out, 1, evl);
        for (int j = 0; j < NEV; j++) {
            SEXP v = Rf_allocVector(INTSXP, ne);
            SET_VECTOR_ELT(evl, j, v);
            int *pv = INTEGER(v);
            for (R_xlen_t c = 0; c < nchunk; c++) {
                if (k->ev[c].n) memcpy(pv, k->ev[c].v[j], (size_t) k->ev[c].n * sizeof(int));
                pv += k->ev[c].n;
            }
        }
    }
    work_done(work);
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

/* C_text_pattern_keys(patterns): each pattern (UTF-8; NA gives NA) as the
 * coder reads it: its folded words joined by single spaces, a star kept
 * after the word it closes (the key two patterns share when the coder reads
 * them alike); its number of words; and whether each '*' closes a word
 * (right after the last character of a word, with no word character right
 * after it).  Returns list(key, words, stars_ok). */
SEXP C_text_pattern_keys(SEXP patterns)
{
    psv_check_type(patterns, STRSXP, "patterns");
    R_xlen_t n = XLENGTH(patterns);
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 3));
    SEXP key = Rf_allocVector(STRSXP, n);
    SET_VECTOR_ELT(out, 0, key);
    SEXP words = Rf_allocVector(INTSXP, n);
    SET_VECTOR_ELT(out, 1, words);
    SEXP ok = Rf_allocVector(LGLSXP, n);
    SET_VECTOR_ELT(out, 2, ok);
    int *pw = INTEGER(words), *pok = LOGICAL(ok);
    size_t cap = 0;
    unsigned char *fb = NULL, *kb = NULL;
    for (R_xlen_t r = 0; r < n; r++) {
        if (r % 4096 == 0) R_CheckUserInterrupt();
        SEXP el = STRING_ELT(patterns, r);
        if (el == NA_STRING) {
            SET_STRING_ELT(key, r, NA_STRING);
            pw[r] = NA_INTEGER;
            pok[r] = NA_LOGICAL;
            continue;
        }
        if (Rf_getCharCE(el) == CE_BYTES)
            Rf_error("element %lld of 'patterns' is marked as bytes, not text", (long long) r + 1);
        const unsigned char *s = (const unsigned char *) Rf_translateCharUTF8(el);
        R_xlen_t len = (R_xlen_t) strlen((const char *) s);
        /* folded words take no more bytes than they had; the key adds a
         * space and a star at most per word */
        if (2 * (size_t) len + 16 > cap) {
            cap = 2 * (2 * (size_t) len + 16);
            fb = (unsigned char *) R_alloc(cap, 1);
            kb = (unsigned char *) R_alloc(cap, 1);
        }
        fold_scan sc;
        fold_word fw;
        fold_scan_init(&sc, s, len);
        size_t k = 0;
        int nw = 0, res;
        R_xlen_t nstar = 0, closing = 0, pend = -1;
        while ((res = fold_next(&sc, &fw, fb)) > 0) {
            /* (a star right before this word's first byte closes nothing) */
            if (pend >= 0 && fw.b0 != pend) closing++;
            pend = fw.star ? fw.b1 + 1 : -1;
            if (nw < INT_MAX) nw++;
            if (k) kb[k++] = ' ';
            memcpy(kb + k, fb, (size_t) fw.len);
            k += (size_t) fw.len;
            if (fw.star) kb[k++] = '*';
        }
        if (res < 0) Rf_error("element %lld of 'patterns' is not valid UTF-8", (long long) r + 1);
        if (pend >= 0) closing++;
        for (R_xlen_t i = 0; i < len; i++) nstar += s[i] == '*';
        if (k > INT_MAX) Rf_error("element %lld of 'patterns' is too long", (long long) r + 1);
        SET_STRING_ELT(key, r, Rf_mkCharLenCE((const char *) kb, (int) k, CE_UTF8));
        pw[r] = nw;
        pok[r] = nstar == closing;
    }
    UNPROTECT(1);
    return out;
}

/* C_text_words(text): folded words of one string with their 1-based
 * character positions, the separator before each (0 none, 1 segment,
 * 2 clause, 3 colon) and whether it carries an accent ("è", "e'"), cut by
 * the tokenizer of code_text(). */
SEXP C_text_words(SEXP text)
{
    psv_check_type(text, STRSXP, "text");
    psv_check_length(text, 1, "text");
    SEXP el = STRING_ELT(text, 0);
    if (el == NA_STRING) Rf_error("'text' must not be NA");
    const unsigned char *s = (const unsigned char *) CHAR(el);
    R_xlen_t n = XLENGTH(el);
    int nprot = 0;
    txt_work *wk;
    SEXP work = PROTECT(work_new(1, 0, 0, 0, &wk)); nprot++;
    const txt_scratch *w = &wk->ws[0];
    R_xlen_t nw = tokenize(NULL, s, n, &wk->ws[0]);
    if (nw == -1) Rf_error("'text' is not valid UTF-8");
    if (nw < 0) Rf_error("cannot allocate memory for the words of 'text'");
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 5)); nprot++;
    SEXP word = PROTECT(Rf_allocVector(STRSXP, nw)); nprot++;
    SEXP st = PROTECT(Rf_allocVector(REALSXP, nw)); nprot++;
    SEXP en = PROTECT(Rf_allocVector(REALSXP, nw)); nprot++;
    SEXP sep = PROTECT(Rf_allocVector(INTSXP, nw)); nprot++;
    SEXP acc = PROTECT(Rf_allocVector(LGLSXP, nw)); nprot++;
    for (R_xlen_t k = 0; k < nw; k++) {
        const txt_tok *t = &w->tok[k];
        SET_STRING_ELT(word, k, Rf_mkCharLenCE((const char *) w->fbuf + t->foff, t->flen,
                                               CE_UTF8));
        REAL(st)[k] = (double) t->start + 1;
        REAL(en)[k] = (double) t->end + 1;
        INTEGER(sep)[k] = t->sep;
        LOGICAL(acc)[k] = t->accent;
    }
    SET_VECTOR_ELT(out, 0, word);
    SET_VECTOR_ELT(out, 1, st);
    SET_VECTOR_ELT(out, 2, en);
    SET_VECTOR_ELT(out, 3, sep);
    SET_VECTOR_ELT(out, 4, acc);
    work_done(work);
    UNPROTECT(nprot);
    return out;
}
