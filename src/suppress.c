/* Small-cell suppression: the audit of suppress_small_cells().  For each
 * small count, the cheapest cycle of cells (rows and columns alternating)
 * through it along which every cell can take a step of 1, found by
 * Dijkstra's algorithm over the rows and columns; the unmasked cells of
 * that cycle are masked.  R's suppress_audit() documents the rule. */
#include <limits.h>
#include <string.h>
#include "peersurvey.h"

/* The graph: nodes 0 .. nr - 1 are rows, nr .. nr + nc - 1 columns.  From a
 * row, the cells that can go up lead to their columns; from a column, the
 * cells that can go down lead to their rows.  A cell costs 0 when masked,
 * its count plus one otherwise; cell e is left out. */
typedef struct {
    R_xlen_t nr, nc;
    const double *count;
    const int *up, *down;
    const int *mask;                /* the mask as the cells before left it */
    R_xlen_t e;
    double *dist;                   /* scratch, nr + nc each */
    R_xlen_t *via;
    char *done;
} sup_graph;

static R_INLINE double cell_cost(const sup_graph *g, R_xlen_t k)
{
    return g->mask[k] ? 0.0 : g->count[k] + 1.0;
}

/* The cheapest path from node `from` to node `to`: its cost (INFINITY when
 * there is none); g->via then leads back from `to`.  The node taken next is
 * the nearest one not done, the first of equals, as R's which.min(). */
static double sup_path(sup_graph *g, R_xlen_t from, R_xlen_t to)
{
    R_xlen_t n = g->nr + g->nc, nr = g->nr;
    for (R_xlen_t i = 0; i < n; i++) {
        g->dist[i] = R_PosInf;
        g->via[i] = -1;
        g->done[i] = 0;
    }
    g->dist[from] = 0.0;
    for (;;) {
        R_xlen_t u = -1;
        for (R_xlen_t i = 0; i < n; i++)
            if (!g->done[i] && R_FINITE(g->dist[i]) && (u < 0 || g->dist[i] < g->dist[u])) u = i;
        if (u < 0) return R_PosInf;
        if (u == to) return g->dist[to];
        g->done[u] = 1;
        if (u < nr) {                   /* a row: cells that can go up */
            for (R_xlen_t j = 0; j < g->nc; j++) {
                R_xlen_t k = u + j * nr, v = nr + j;
                if (!g->up[k] || k == g->e) continue;
                double d2 = g->dist[u] + cell_cost(g, k);
                if (d2 < g->dist[v]) { g->dist[v] = d2; g->via[v] = k; }
            }
        } else {                        /* a column: cells that can go down */
            for (R_xlen_t i = 0; i < nr; i++) {
                R_xlen_t k = (u - nr) * nr + i;
                if (!g->down[k] || k == g->e) continue;
                double d2 = g->dist[u] + cell_cost(g, k);
                if (d2 < g->dist[i]) { g->dist[i] = d2; g->via[i] = k; }
            }
        }
    }
}

/* Mask the cells of the path that g->via leads back from `to` to `from`
 * (each cell once: the path is simple). */
static void sup_mask_path(const sup_graph *g, R_xlen_t from, R_xlen_t to, int *out)
{
    R_xlen_t nr = g->nr;
    while (to != from) {
        R_xlen_t k = g->via[to];
        out[k] = 1;
        to = to < nr ? nr + k / nr : k % nr;
    }
}

/* C_suppress_audit(counts, primary, mask, up, down)
 * counts: double matrix of non-negative whole counts; primary, mask, up,
 * down: logical matrices of the same size (no NA): the small counts, the
 * masked cells, and the cells that can go up and down by one.  Returns
 * list(mask = the mask with the cells of the cycles added, exposed =
 * 1-based indices of the small counts no cycle lets move), taking the
 * small counts in column order, each with the mask the ones before left. */
SEXP C_suppress_audit(SEXP counts, SEXP primary, SEXP mask, SEXP up, SEXP down)
{
    psv_check_type(counts, REALSXP, "counts");
    SEXP dim = Rf_getAttrib(counts, R_DimSymbol);
    if (TYPEOF(dim) != INTSXP || XLENGTH(dim) != 2)
        Rf_error("'counts' must be a matrix");
    R_xlen_t nr = INTEGER_ELT(dim, 0), nc = INTEGER_ELT(dim, 1), n = XLENGTH(counts);
    if (nr * nc != n) Rf_error("'counts' must be a matrix");
    if (n > INT_MAX) Rf_error("'counts' has more than %d cells", INT_MAX);
    const char *names[4] = {"primary", "mask", "up", "down"};
    SEXP lg[4] = {primary, mask, up, down};
    for (int j = 0; j < 4; j++) {
        psv_check_type(lg[j], LGLSXP, names[j]);
        psv_check_length(lg[j], n, names[j]);
        const int *v = LOGICAL_RO(lg[j]);
        for (R_xlen_t k = 0; k < n; k++)
            if (v[k] == NA_LOGICAL) Rf_error("'%s' has NA at %lld", names[j], (long long) k + 1);
    }
    const double *cnt = REAL_RO(counts);
    for (R_xlen_t k = 0; k < n; k++)
        if (!R_FINITE(cnt[k]) || cnt[k] < 0)
            Rf_error("'counts' must be finite and non-negative: element %lld is %g",
                     (long long) k + 1, cnt[k]);
    int nprot = 0;
    SEXP outmask = PROTECT(Rf_allocVector(LGLSXP, n)); nprot++;
    Rf_setAttrib(outmask, R_DimSymbol, dim);
    int *om = LOGICAL(outmask);
    memcpy(om, LOGICAL_RO(mask), (size_t) n * sizeof(int));
    const int *pr = LOGICAL_RO(primary);
    R_xlen_t nexp = 0;
    SEXP exposed = PROTECT(Rf_allocVector(INTSXP, n)); nprot++;
    int *ex = INTEGER(exposed);
    sup_graph g = { nr, nc, cnt, LOGICAL_RO(up), LOGICAL_RO(down), om, -1,
                    (double *) R_alloc((size_t) (nr + nc), sizeof(double)),
                    (R_xlen_t *) R_alloc((size_t) (nr + nc), sizeof(R_xlen_t)),
                    R_alloc((size_t) (nr + nc), 1) };
    R_xlen_t *via_a = (R_xlen_t *) R_alloc((size_t) (nr + nc), sizeof(R_xlen_t));
    for (R_xlen_t e = 0; e < n; e++) {
        if (!pr[e]) continue;
        R_CheckUserInterrupt();
        g.e = e;
        R_xlen_t r0 = e % nr, c0 = nr + e / nr;
        /* e up: a path from its column back to its row; e down: from its
         * row to its column; the cheaper, the up one when equal (both read
         * the mask as the cells before e left it) */
        double a = g.up[e] ? sup_path(&g, c0, r0) : R_PosInf;
        int have_a = R_FINITE(a);
        if (have_a) memcpy(via_a, g.via, (size_t) (nr + nc) * sizeof(R_xlen_t));
        double b = g.down[e] ? sup_path(&g, r0, c0) : R_PosInf;
        int have_b = R_FINITE(b);
        if (!have_a && !have_b) {
            ex[nexp++] = (int) e + 1;
        } else if (!have_a || (have_b && b < a)) {
            sup_mask_path(&g, r0, c0, om);
        } else {
            memcpy(g.via, via_a, (size_t) (nr + nc) * sizeof(R_xlen_t));
            sup_mask_path(&g, c0, r0, om);
        }
    }
    SEXP ex2 = PROTECT(Rf_lengthgets(exposed, nexp)); nprot++;
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2)); nprot++;
    SET_VECTOR_ELT(out, 0, outmask);
    SET_VECTOR_ELT(out, 1, ex2);
    UNPROTECT(nprot);
    return out;
}
