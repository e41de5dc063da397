/* Registration table: nothing else lives here. */
#include "peersurvey.h"

#define CALLDEF(name, n) {#name, (DL_FUNC) &name, n}

static const R_CallMethodDef CallEntries[] = {
    /* tabulate: begin */
    /* tabulate: end */
    /* textcode: begin */
    /* textcode: end */
    /* ladder: begin */
    /* ladder: end */
    /* agreement: begin */
    /* agreement: end */
    /* ci: begin */
    /* ci: end */
    /* resample: begin */
    /* resample: end */
    /* survey: begin */
    /* survey: end */
    {NULL, NULL, 0}
};

void attribute_visible R_init_peersurvey(DllInfo *dll)
{
    R_registerRoutines(dll, NULL, CallEntries, NULL, NULL);
    R_useDynamicSymbols(dll, FALSE);
    R_forceSymbols(dll, TRUE);
}
