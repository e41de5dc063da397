# Builds the synthetic 2025 dataset: inst/extdata/mhd-survey-2025.csv (a raw
# export with Italian labels, as LimeSurvey writes it) and
# data/mhd_survey_2025.rda (that export read by read_survey()).
# Run from the top of the source tree after installing the package from it
# (R CMD INSTALL .), and rerun data-raw/mhd_frame.R first if the frame changed:
#   Rscript -e 'library(peersurvey); source("data-raw/mhd_survey_2025.R")'
#
# The department-level answers of the 2025 survey are not public. This script
# draws plausible answers with a fixed seed and sets the counts that the
# published abstract (doi:10.1186/s12913-025-13407-z) fixes:
#   61 of 135 departments responded; 34 of 61 (55.7%) run peer support, mostly
#   in community services; the three most frequent barriers are lack of formal
#   recognition, insufficient funding and cultural resistance, in that order;
#   more than half (35 of 61) report co-production, mostly at the consultation
#   rung. Everything else is illustrative.

set.seed(20250131)
load("data/mhd_frame.rda")
cb <- survey_codebook()

# ---- who responded: response differs by macro-area ------------------------
n_resp <- c("North-West" = 18, "North-East" = 17, "Centre" = 11, "South" = 10,
            "Islands" = 5)
resp <- unlist(lapply(names(n_resp), function(a) {
  ids <- mhd_frame$mhd_id[mhd_frame$macro_area == a]
  sample(ids, n_resp[[a]])
}))
d <- mhd_frame[mhd_frame$mhd_id %in% resp, ]
d <- d[order(d$mhd_id), ]
rownames(d) <- NULL
n <- nrow(d)
stopifnot(n == 61)

# ---- profile ----------------------------------------------------------------
pop <- c(Piemonte = 4252581, "Valle d'Aosta" = 123000, Lombardia = 10020528,
         Liguria = 1508847, "PA Bolzano" = 537533, "PA Trento" = 545169,
         Veneto = 4851972, "Friuli Venezia Giulia" = 1195792, "Emilia-Romagna" = 4455188,
         Toscana = 3664798, Umbria = 856000, Marche = 1484427, Lazio = 5720272,
         Abruzzo = 1270000, Molise = 290000, Campania = 5590076, Puglia = 3890250,
         Basilicata = 535000, Calabria = 1838150, Sicilia = 4794512, Sardegna = 1569832)
per_region <- table(mhd_frame$region)
reg <- as.character(d$region)
d$catchment_pop <- round(pop[reg] / as.vector(per_region[reg]) * runif(n, 0.75, 1.25), -3)
d$catchment_pop <- unname(d$catchment_pop)
d$n_cmhc <- pmax(1, round(d$catchment_pop / 90000 + rnorm(n, 0, 0.8)))

# Exactly k of the rows in `pool` (indices), those in `must` first
pick <- function(pool, k, must = integer(), prob = NULL) {
  must <- intersect(must, pool)
  if (length(must) >= k) return(must[seq_len(k)])
  rest <- setdiff(pool, must)
  pr <- if (is.null(prob)) NULL else prob[match(rest, pool)]
  c(must, rest[sample.int(length(rest), k - length(must), prob = pr)])
}
flag <- function(idx) { v <- rep(FALSE, n); v[idx] <- TRUE; v }

# ---- peer support: 34 of 61, more often in the North -------------------------
w_ps <- c("North-West" = 1.6, "North-East" = 2, "Centre" = 1, "South" = 0.6,
          "Islands" = 0.6)[as.character(d$macro_area)]
ps <- flag(pick(seq_len(n), 34, prob = w_ps))
d$peer_support <- ps
P <- which(ps)
na_l <- rep(NA, n)

settings <- list()
settings$cmhc <- pick(P, 29)
no_cmhc <- setdiff(P, settings$cmhc)
settings$day_centre <- pick(P, 17, must = no_cmhc)
settings$residential <- pick(P, 11)
settings$inpatient <- pick(P, 6)
rc_regions <- which(reg %in% c("Lombardia", "Piemonte", "Emilia-Romagna"))
settings$recovery_college <- pick(P, 4, must = sample(intersect(P, rc_regions)))
settings$other <- pick(P, 3)
for (o in names(settings)) {
  v <- na_l; v[P] <- FALSE; v[settings[[o]]] <- TRUE
  d[[paste0("ps_settings_", o)]] <- v
}
d$ps_n_workers <- na_l + NA_real_
d$ps_n_workers[P] <- sample(c(1:8, 10, 12, 15), length(P), replace = TRUE,
                            prob = c(10, 12, 10, 8, 6, 4, 3, 3, 2, 1, 1))
contract_lv <- cb$option[cb$item == "ps_contract"]
d$ps_contract <- factor(NA, levels = contract_lv)
d$ps_contract[P] <- sample(contract_lv, length(P), replace = TRUE,
                           prob = c(0.1, 0.2, 0.3, 0.25, 0.1, 0.05))
funding <- list(health_budget = pick(P, 19), regional = pick(P, 12), project = pick(P, 15),
                foundation = pick(P, 5), third_sector = pick(P, 7), other = pick(P, 2))
nofund <- setdiff(P, unlist(funding))
funding$project <- union(funding$project, nofund)
for (o in names(funding)) {
  v <- na_l; v[P] <- FALSE; v[funding[[o]]] <- TRUE
  d[[paste0("ps_funding_", o)]] <- v
}
training_lv <- cb$option[cb$item == "ps_training"]
d$ps_training <- factor(NA, levels = training_lv)
d$ps_training[P] <- sample(training_lv, length(P), replace = TRUE,
                           prob = c(0.35, 0.35, 0.1, 0.15, 0.05))

# ---- perceived impact (Likert; "Non so" and blanks become NA) ---------------
agree_lv <- c("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree")
likert_prob <- list(impact_recovery = c(0, 1, 4, 17, 12),
                    impact_stigma = c(0, 2, 6, 16, 10),
                    impact_empowerment = c(0, 1, 5, 15, 13),
                    impact_team = c(1, 4, 11, 13, 5),
                    impact_engagement = c(0, 2, 7, 16, 9))
export_dk <- list()  # rows answering "Non so" in the export
for (it in names(likert_prob)) {
  v <- factor(rep(NA, n), levels = agree_lv, ordered = TRUE)
  v[P] <- sample(agree_lv, length(P), replace = TRUE, prob = likert_prob[[it]])
  dk <- if (it %in% c("impact_team", "impact_engagement")) sample(P, 2) else integer()
  blank <- if (it == "impact_stigma") sample(setdiff(P, dk), 1) else integer()
  v[c(dk, blank)] <- NA
  export_dk[[it]] <- dk
  d[[it]] <- v
}

# ---- barriers (asked of all) ------------------------------------------------
all <- seq_len(n)
bar_n <- c(recognition = 45, funding = 39, cultural = 32, training = 21, role = 16,
           organisation = 19, wellbeing = 9, stigma = 12, other = 4)
bar <- lapply(bar_n, function(k) flag(pick(all, k)))
none <- which(!Reduce(`|`, bar))
bar$organisation[none] <- TRUE
for (o in names(bar)) d[[paste0("barriers_", o)]] <- bar[[o]]

# ---- co-production: 35 of 61, largely consultative --------------------------
w_cp <- ifelse(ps, 1.5, 1)
cp <- flag(pick(all, 35, prob = w_cp))
C <- which(cp)
rungs <- c("informing", "consultation", "involvement", "co-design", "co-production")
top <- sample(rep(rungs, c(5, 16, 8, 4, 2)))
prac <- cb[cb$item == "coprod_practices", c("option", "rung")]
pm <- matrix(FALSE, n, nrow(prac), dimnames = list(NULL, prac$option))
pm[-C, ] <- NA
for (k in seq_along(C)) {
  r <- match(top[k], rungs)
  at <- which(match(prac$rung, rungs) == r)
  below <- which(match(prac$rung, rungs) < r)
  pm[C[k], at[sample.int(length(at), sample.int(length(at), 1))]] <- TRUE
  pm[C[k], below[runif(length(below)) < 0.5]] <- TRUE
}
d$coproduction <- cp
for (o in prac$option) d[[paste0("coprod_practices_", o)]] <- pm[, o]

# ---- free text --------------------------------------------------------------
phr <- list(
  recognition = c(
    "Manca un riconoscimento formale della figura dell'ESP a livello regionale.",
    "La figura non \u00e8 riconosciuta: non esiste un inquadramento contrattuale adeguato.",
    "Il peer support worker non ha ancora un riconoscimento formale nel nostro sistema.",
    "L\u2019inquadramento contrattuale degli ESP resta incerto e precario.",
    "Assenza di un profilo professionale riconosciuto per gli esperti in supporto tra pari."),
  funding = c(
    "Fondi insufficienti e legati a progetti annuali.",
    "I finanziamenti sono discontinui, senza un budget dedicato.",
    "Mancano risorse economiche stabili per retribuire gli ESP.",
    "Il budget del DSM non prevede una voce per il supporto tra pari."),
  cultural = c(
    "Resistenze culturali da parte di alcuni operatori.",
    "C\u2019\u00e8 diffidenza degli operatori verso il sapere esperienziale.",
    "Parte dell'\u00e9quipe fatica ad accettare una figura non clinica.",
    "Persistono resistenze culturali e scarsa valorizzazione del sapere esperienziale."),
  training = c(
    "Poche occasioni di formazione specifica.",
    "Manca un percorso di accreditamento della formazione.",
    "La formazione degli ESP \u00e8 lasciata all'iniziativa dei singoli servizi."),
  role = c(
    "Il ruolo poco chiaro all'interno dell'\u00e9quipe crea incertezze.",
    "Ruolo poco chiaro: non \u00e8 definito cosa possa fare il peer nel team."),
  organisation = c(
    "Carichi di lavoro elevati e poco tempo per l'integrazione.",
    "Troppa burocrazia per attivare le collaborazioni.",
    "Manca il tempo per riunioni e coordinamento."),
  wellbeing = c(
    "Serve una supervisione regolare per tutelare il benessere degli ESP.",
    "Poca attenzione al benessere e alla supervisione dei pari."),
  stigma = c(
    "Lo stigma verso chi ha vissuto un disagio psichico \u00e8 ancora forte.",
    "Stigma anche all'interno dei servizi."),
  other = c("Difficolt\u00e0 a trovare persone con esperienza vissuta disponibili."))
negations <- c("Nessun problema di fondi, grazie a un progetto regionale.",
               "Le risorse economiche non sono un problema per ora.")
cats <- names(phr)
barriers_text <- rep(NA_character_, n)
state <- sample(c("text", "na", "empty"), n, replace = TRUE, prob = c(0.8, 0.12, 0.08))
neg_rows <- which(state == "text" & !bar$funding)[1:2]
for (i in which(state == "text")) {
  ticked <- cats[vapply(cats, function(o) bar[[o]][i], NA)]
  use <- ticked[sample.int(length(ticked), min(length(ticked), sample(1:3, 1)))]
  s <- vapply(use, function(o) sample(phr[[o]], 1), "")
  if (i %in% neg_rows) s <- c(negations[match(i, neg_rows)], s)
  txt <- paste(s, collapse = " ")
  u <- runif(1)
  if (u < 0.08) txt <- toupper(txt) else if (u < 0.16) txt <- tolower(txt)
  barriers_text[i] <- txt
}
barriers_text[state == "empty"] <- ""
d$barriers_text <- barriers_text

cp_phr <- list(
  informing = c("Incontri informativi per utenti e familiari.",
                "Materiale informativo condiviso con le associazioni."),
  consultation = c("Questionari di soddisfazione annuali.",
                   "Incontri periodici di consultazione con le associazioni dei familiari.",
                   "Consultiamo gli utenti sulla carta dei servizi."),
  involvement = c("Un comitato di utenti e familiari partecipa alla consulta del DSM.",
                  "Rappresentanti degli utenti nel comitato di partecipazione."),
  "co-design" = c("Co-progettazione dei percorsi di recovery con gli ESP.",
                  "La formazione degli operatori \u00e8 progettata con utenti esperti."),
  "co-production" = c("Gruppi di auto-mutuo aiuto co-condotti da operatori e ESP.",
                      "Co-valutazione dei servizi con un gruppo di peer support worker."))
d$coprod_text <- NA_character_
for (k in seq_along(C)) {
  u <- runif(1)
  if (u < 0.15) next
  d$coprod_text[C[k]] <- if (u < 0.22) "" else sample(cp_phr[[top[k]]], 1)
}
fac <- c("Il sostegno della direzione del DSM.",
         "La collaborazione con le associazioni di utenti e familiari.",
         "Un progetto regionale finanziato per tre anni.",
         "La formazione congiunta di operatori ed ESP.",
         "La motivazione dell\u2019\u00e9quipe e del coordinatore infermieristico.",
         "Il recovery college ha creato una cultura comune.",
         "la presenza di UFE formati da anni.",
         "Delibera regionale sul supporto tra pari.",
         "Un budget dedicato, anche se piccolo.")
fstate <- sample(c("text", "na", "empty"), n, replace = TRUE, prob = c(0.65, 0.3, 0.05))
d$facilitators_text <- NA_character_
for (i in which(fstate == "text"))
  d$facilitators_text[i] <- paste(sample(fac, sample(1:2, 1)), collapse = " ")
d$facilitators_text[fstate == "empty"] <- ""

# ---- the export: Italian labels, LimeSurvey style ---------------------------
lab_it <- function(item, code) {
  r <- cb[cb$item == item, ]
  r$label_it[match(code, r$option)]
}
cols <- list()
q <- function(v) ifelse(is.na(v), "", paste0("\"", gsub("\"", "\"\"", v, fixed = TRUE), "\""))
yn <- function(v) ifelse(is.na(v), NA, ifelse(v, "S\u00ec", "No"))
items <- unique(cb$item)
for (it in items) {
  type <- cb$type[match(it, cb$item)]
  if (type == "multi") {
    for (o in cb$option[cb$item == it]) {
      nm <- paste(it, o, sep = "_")
      v <- d[[nm]]
      cols[[nm]] <- q(if (it == "coprod_practices") ifelse(v, "1", "0") else yn(v))
    }
  } else if (type == "number") {
    cols[[it]] <- q(ifelse(is.na(d[[it]]), NA, format(d[[it]], scientific = FALSE, trim = TRUE)))
  } else if (type %in% c("text", "id")) {
    cols[[it]] <- q(d[[it]])
  } else if (it %in% c("peer_support", "coproduction")) {
    cols[[it]] <- q(yn(d[[it]]))
  } else {
    v <- lab_it(it, as.character(d[[it]]))
    if (it %in% names(export_dk)) v[export_dk[[it]]] <- "Non so"
    cols[[it]] <- q(v)
  }
}
lines <- c(paste(q(names(cols)), collapse = ","),
           do.call(paste, c(unname(cols), sep = ",")))
con <- file("inst/extdata/mhd-survey-2025.csv", open = "wb")
writeLines(enc2utf8(lines), con, sep = "\n", useBytes = TRUE)
close(con)

# ---- read it back: the dataset is what read_survey() makes of the export ----
# (no warning: every answer reads, and no follow-up is answered where the
# skip logic of the codebook did not ask it)
mhd_survey_2025 <- withCallingHandlers(
  read_survey("inst/extdata/mhd-survey-2025.csv", codebook = cb),
  warning = function(w) stop("the export does not read cleanly: ", conditionMessage(w)))
target <- d[, names(mhd_survey_2025)]
# an empty free-text answer ("" in the export) is read as NA
for (nm in intersect(names(target), cb$item[cb$type == "text"]))
  target[[nm]][!is.na(target[[nm]]) & !nzchar(trimws(target[[nm]]))] <- NA
for (nm in names(target))
  if (!identical(as.vector(target[[nm]]), as.vector(mhd_survey_2025[[nm]])) ||
      !identical(levels(target[[nm]]), levels(mhd_survey_2025[[nm]])))
    stop("round trip differs in column ", nm)
stopifnot(nrow(survey_problems(mhd_survey_2025)) == 0L)

# ---- the published figures hold ---------------------------------------------
x <- mhd_survey_2025
stopifnot(
  nrow(x) == 61, sum(x$peer_support) == 34,
  round(100 * 34 / 61, 1) == 55.7,
  names(which.max(colSums(x[x$peer_support, grep("^ps_settings_", names(x))]))) ==
    "ps_settings_cmhc",
  identical(names(sort(colSums(x[grep("^barriers_[a-z]+$", names(x))][
    setdiff(grep("^barriers_[a-z]+$", names(x), value = TRUE), "barriers_text")]),
    decreasing = TRUE))[1:3],
    c("barriers_recognition", "barriers_funding", "barriers_cultural")),
  sum(x$coproduction) > 61 / 2)
top_rung <- apply(pm[C, , drop = FALSE], 1, function(r) max(match(prac$rung[r], rungs)))
stopifnot(names(which.max(table(rungs[top_rung]))) == "consultation")

save(mhd_survey_2025, file = "data/mhd_survey_2025.rda", compress = "xz", version = 2)
