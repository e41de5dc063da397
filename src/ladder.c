/* Co-production ladder: for each department, the highest rung among the
 * practices it ticked and the number of ticked practices per rung. */
#include "peersurvey.h"

/* ticks: n x p logical matrix (NA = not answered); rung: p integers in
 * 1..nrung; a row of all NA is an unanswered item. */
static void ladder_kernel(const int *ticks, R_xlen_t n, R_xlen_t p, const int *rung,
                          int nrung, int *highest, int *counts)
{
    for (R_xlen_t i = 0; i < n; i++) {
        if (i % PSV_INTERRUPT_EVERY == 0) R_CheckUserInterrupt();
        int top = 0, answered = 0;
        for (int k = 0; k < nrung; k++) counts[i + (R_xlen_t) k * n] = 0;
        for (R_xlen_t j = 0; j < p; j++) {
            int v = ticks[i + j * n];
            if (v == NA_LOGICAL) continue;
            answered = 1;
            if (v) {
                counts[i + (R_xlen_t) (rung[j] - 1) * n]++;
                if (rung[j] > top) top = rung[j];
            }
        }
        if (!answered) {
            highest[i] = NA_INTEGER;
            for (int k = 0; k < nrung; k++) counts[i + (R_xlen_t) k * n] = NA_INTEGER;
        } else {
            highest[i] = top;
        }
    }
}

/* C_code_coproduction(ticks, rung, nrung)
 * Returns list(highest = integer n (0 = none, NA = unanswered),
 *              counts = integer matrix n x nrung). */
SEXP C_code_coproduction(SEXP ticks, SEXP rung, SEXP nrung)
{
    psv_check_type(ticks, LGLSXP, "ticks");
    psv_check_type(rung, INTSXP, "rung");
    int nr = psv_as_int(nrung, "nrung", 1, 1000);
    SEXP dim = Rf_getAttrib(ticks, R_DimSymbol);
    if (TYPEOF(dim) != INTSXP || XLENGTH(dim) != 2)
        Rf_error("'ticks' must be a logical matrix");
    R_xlen_t n = INTEGER_ELT(dim, 0), p = INTEGER_ELT(dim, 1);
    psv_check_length(rung, p, "rung");
    /* read-only access: an ALTREP input is not duplicated */
    const int *rg = INTEGER_RO(rung);
    for (R_xlen_t j = 0; j < p; j++)
        if (rg[j] == NA_INTEGER || rg[j] < 1 || rg[j] > nr)
            Rf_error("'rung' of practice %lld must lie between 1 and %d", (long long) j + 1, nr);
    int nprot = 0;
    SEXP highest = PROTECT(Rf_allocVector(INTSXP, n)); nprot++;
    SEXP counts = PROTECT(Rf_allocMatrix(INTSXP, (int) n, nr)); nprot++;
    ladder_kernel(LOGICAL_RO(ticks), n, p, rg, nr, INTEGER(highest), INTEGER(counts));
    SEXP out = PROTECT(Rf_allocVector(VECSXP, 2)); nprot++;
    SET_VECTOR_ELT(out, 0, highest);
    SET_VECTOR_ELT(out, 1, counts);
    UNPROTECT(nprot);
    return out;
}
