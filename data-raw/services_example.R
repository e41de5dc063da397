# Writes the EXAMPLE questionnaire shipped beside the 2025 Italian survey:
#   inst/extdata/services-codebook.csv  the instrument as data (codebook format)
#   inst/extdata/services-frame.csv     every service invited (52)
#   inst/extdata/services-export.csv    the answers of the 44 that responded,
#                                       in English labels as a survey tool
#                                       exports them
# EVERYTHING HERE IS SYNTHETIC. The country, its four regions, the services,
# their answers and their free-text comments are invented to illustrate the
# package on a second, small survey of another kind (services rather than
# departments, English rather than Italian). It is not a real survey and no
# figure in it describes any real service.
#
# Base R only, fixed seed. Run from the top of the source tree:
#   Rscript data-raw/services_example.R
#
# Question wording (the codebook's question_en / question_it columns):
#   peer_workers      Does the service employ peer support workers?
#   peer_roles        What do the peer support workers do? (tick all that apply)
#   n_peer            How many peer support workers does the service employ?
#   satisfaction      How satisfied is the team with the peer support workers' role?
#   coproduction      Are service users involved in the design of the service?
#   coprod_practices  How are service users involved? (tick all that apply)
#   barriers_text     What are the main barriers to peer support? (free text)

set.seed(20250131)

# ---- codebook ---------------------------------------------------------------

rows <- list()
add <- function(item, section, type, option = "", label_en = "", label_it = "",
                scale = "", rung = "", missing = FALSE, required = FALSE,
                min = "", max = "", whole = FALSE, asked_if = "") {
  rows[[length(rows) + 1L]] <<- data.frame(
    item = item, section = section, type = type, option = option,
    label_en = label_en, label_it = label_it, scale = scale, rung = rung,
    missing = missing, required = required, min = min, max = max, whole = whole,
    asked_if = asked_if, stringsAsFactors = FALSE)
}
opts <- function(item, section, type, option, label_en, label_it, ...)
  for (i in seq_along(option)) add(item, section, type, option[i], label_en[i], label_it[i], ...)
yesno <- function(item, section, ...)
  opts(item, section, "single", c("yes", "no"), c("Yes", "No"), c("S\u00ec", "No"), ...)

regions <- data.frame(
  code = c("north", "east", "south", "west"),
  en = c("North", "East", "South", "West"),
  it = c("Nord", "Est", "Sud", "Ovest"), stringsAsFactors = FALSE)
types <- data.frame(
  code = c("community", "crisis", "inpatient", "residential"),
  en = c("Community team", "Crisis team", "Inpatient unit", "Residential service"),
  it = c("Servizio territoriale", "Servizio per le crisi", "Reparto ospedaliero",
         "Struttura residenziale"), stringsAsFactors = FALSE)
roles <- data.frame(
  code = c("one_to_one", "groups", "self_help", "advocacy"),
  en = c("One-to-one support", "Group facilitation", "Self-help groups", "Advocacy"),
  it = c("Supporto individuale", "Conduzione di gruppi", "Gruppi di auto-aiuto",
         "Advocacy"), stringsAsFactors = FALSE)
satis <- data.frame(
  code = c("very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied",
           "dont_know"),
  en = c("Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied",
         "Satisfied", "Very satisfied", "Don't know"),
  it = c("Molto insoddisfatto", "Insoddisfatto", "N\u00e9 soddisfatto n\u00e9 insoddisfatto",
         "Soddisfatto", "Molto soddisfatto", "Non so"), stringsAsFactors = FALSE)
practices <- data.frame(
  code = c("information", "feedback_survey", "user_forum", "codesign_groups", "codelivery"),
  rung = c("informing", "consultation", "involvement", "co-design", "co-production"),
  en = c("Information leaflets for service users", "Service user feedback surveys",
         "Service user forum", "Co-design groups", "Groups or training co-delivered with service users"),
  it = c("Materiale informativo per gli utenti", "Questionari di feedback degli utenti",
         "Forum degli utenti", "Gruppi di co-progettazione",
         "Gruppi o formazione co-condotti con gli utenti"), stringsAsFactors = FALSE)

add("service_id", "profile", "id", label_en = "services", label_it = "servizi",
    required = TRUE)
opts("region", "profile", "single", regions$code, regions$en, regions$it, required = TRUE)
opts("service_type", "profile", "single", types$code, types$en, types$it, required = TRUE)
yesno("peer_workers", "peer_support", required = TRUE)
opts("peer_roles", "peer_support", "multi", roles$code, roles$en, roles$it,
     asked_if = "peer_workers")
add("n_peer", "peer_support", "number", label_en = "Number of peer support workers",
    label_it = "Numero di operatori di supporto tra pari", min = "0", max = "200",
    whole = TRUE, asked_if = "peer_workers")
for (i in seq_len(nrow(satis)))
  add("satisfaction", "peer_support", "likert", satis$code[i], satis$en[i], satis$it[i],
      scale = "satisfied5", missing = satis$code[i] == "dont_know", asked_if = "peer_workers")
yesno("coproduction", "coproduction")
for (i in seq_len(nrow(practices)))
  add("coprod_practices", "coproduction", "multi", practices$code[i], practices$en[i],
      practices$it[i], rung = practices$rung[i], asked_if = "coproduction")
add("barriers_text", "barriers", "text",
    label_en = "Main barriers to peer support (free text)",
    label_it = "Principali ostacoli al supporto tra pari (testo libero)")
cb <- do.call(rbind, rows)

# Question texts, the captions of the items' tables
questions <- list(
  region = c("Region", "Regione"),
  service_type = c("Type of service", "Tipo di servizio"),
  peer_workers = c("Does the service employ peer support workers?",
                   "Il servizio impiega esperti in supporto tra pari?"),
  peer_roles = c("What do the peer support workers do?",
                 "Di che cosa si occupano gli esperti in supporto tra pari?"),
  n_peer = c("How many peer support workers does the service employ?",
             "Quanti esperti in supporto tra pari impiega il servizio?"),
  satisfaction = c("How satisfied is the team with the peer support workers' role?",
                   "Quanto \u00e8 soddisfatta l'\u00e9quipe del ruolo degli esperti in supporto tra pari?"),
  coproduction = c("Are service users involved in the design of the service?",
                   "Gli utenti sono coinvolti nella progettazione del servizio?"),
  coprod_practices = c("How are service users involved?", "Come sono coinvolti gli utenti?"),
  barriers_text = c("What are the main barriers to peer support?",
                    "Quali sono i principali ostacoli al supporto tra pari?"))
q <- questions[cb$item]
cb$question_en <- vapply(q, function(v) if (is.null(v)) "" else v[1L], "")
cb$question_it <- vapply(q, function(v) if (is.null(v)) "" else v[2L], "")
lab <- grep("^label_", names(cb))
cb <- cb[, c(names(cb)[seq_len(max(lab))], "question_en", "question_it",
             setdiff(names(cb)[-seq_len(max(lab))], c("question_en", "question_it")))]

# ---- frame: every service invited ------------------------------------------

n_by_region <- c(north = 14L, east = 13L, south = 12L, west = 13L)  # 52
fr_region <- rep(names(n_by_region), n_by_region)
N <- length(fr_region)
fr_type <- sample(types$code, N, replace = TRUE, prob = c(0.45, 0.15, 0.2, 0.2))
staff_mean <- c(community = 30, crisis = 18, inpatient = 40, residential = 12)[fr_type]
frame <- data.frame(
  service_id = sprintf("SVC%02d", seq_len(N)),
  region = regions$en[match(fr_region, regions$code)],
  service_type = fr_type,
  staff = as.integer(pmax(4, round(rnorm(N, staff_mean, staff_mean / 4)))),
  stringsAsFactors = FALSE)
# administrators type region names by hand: a few in lower or upper case
frame$region[c(3, 17, 29, 44)] <- tolower(frame$region[c(3, 17, 29, 44)])
frame$region[36] <- toupper(frame$region[36])

# ---- who responded: 44 of 52, the South least --------------------------------

nonresp_by_region <- c(north = 1L, east = 1L, south = 4L, west = 2L)  # 8
nonresp <- unlist(lapply(names(nonresp_by_region), function(r)
  sort(sample(which(fr_region == r), nonresp_by_region[[r]]))))
resp <- setdiff(seq_len(N), nonresp)
n <- length(resp)
stopifnot(n == 44L)
r_region <- fr_region[resp]
r_type <- fr_type[resp]
r_staff <- frame$staff[resp]

# ---- answers (codes first, labels at the end) --------------------------------

p_peer <- c(community = 0.75, crisis = 0.55, inpatient = 0.35, residential = 0.6)[r_type]
peer <- runif(n) < p_peer
yes <- which(peer)

role_p <- c(one_to_one = 0.85, groups = 0.55, self_help = 0.3, advocacy = 0.25)
role <- matrix(NA, n, 4L, dimnames = list(NULL, roles$code))
for (i in yes) {
  repeat {
    r <- runif(4L) < role_p
    if (any(r)) break
  }
  role[i, ] <- r
}

n_peer <- rep(NA_integer_, n)
n_peer[yes] <- 1L + rpois(length(yes), pmax(0.5, r_staff[yes] / 12))

sat <- rep(NA_character_, n)
sat[yes] <- sample(satis$code[1:5], length(yes), replace = TRUE,
                   prob = c(0.04, 0.1, 0.2, 0.45, 0.21))
dk <- sample(yes, 4L)
sat[dk] <- "dont_know"

cop <- runif(n) < 0.55
practice_p <- c(information = 0.8, feedback_survey = 0.75, user_forum = 0.35,
                codesign_groups = 0.2, codelivery = 0.12)
prac <- matrix(NA, n, nrow(practices), dimnames = list(NULL, practices$code))
for (i in which(cop)) {
  repeat {
    p <- runif(nrow(practices)) < practice_p
    if (any(p)) break
  }
  prac[i, ] <- p
}

# item nonresponse: a few blanks on items that are not required
blank_sat <- sample(setdiff(yes, dk), 2L)
sat[blank_sat] <- NA
blank_npeer <- sample(setdiff(yes, blank_sat), 1L)
n_peer[blank_npeer] <- NA
blank_cop <- sample(which(!cop), 2L)           # did not answer the co-production question
cop_answer <- ifelse(cop, "yes", "no")
cop_answer[blank_cop] <- NA
blank_prac <- sample(which(cop), 1L)           # said yes, ticked nothing
prac[blank_prac, ] <- NA

barrier_pool <- c(
  "Lack of funding and no formal role for peer workers",
  "Staff resistance",
  "None",
  "No budget line for peer support; posts depend on short-term grants",
  "Some clinicians do not trust lived experience as a form of knowledge",
  "Unclear role of peer workers within the team",
  "No accredited training for peer workers in our region",
  "Workload and paperwork leave no time to plan new roles",
  "Peer workers need more supervision and support for their own wellbeing",
  "Stigma, including among staff",
  "Funding is uncertain from one year to the next",
  "Managers see peer support as a nice extra, not part of care")
txt <- rep(NA_character_, n)
has_txt <- sort(sample(n, 24L))
txt[has_txt] <- sample(barrier_pool, length(has_txt), replace = TRUE)
txt[has_txt[1:3]] <- barrier_pool[1:3]        # the three short examples appear for sure

# ---- export in English labels -----------------------------------------------

lab <- function(code, table) ifelse(is.na(code), NA_character_, table$en[match(code, table$code)])
tick <- function(m) { v <- ifelse(m, "Yes", ""); v[is.na(m)] <- ""; v }
export <- data.frame(
  service_id = frame$service_id[resp],
  region = lab(r_region, regions),
  service_type = lab(r_type, types),
  peer_workers = ifelse(peer, "Yes", "No"),
  stringsAsFactors = FALSE)
for (o in roles$code) export[[paste0("peer_roles_", o)]] <- tick(role[, o])
export$n_peer <- ifelse(is.na(n_peer), NA_character_, as.character(n_peer))
export$satisfaction <- lab(sat, satis)
export$coproduction <- c(yes = "Yes", no = "No")[cop_answer]
for (o in practices$code) export[[paste0("coprod_practices_", o)]] <- tick(prac[, o])
export$barriers_text <- txt
export[] <- lapply(export, function(v) { v[is.na(v)] <- ""; v })  # blanks, all quoted
rownames(export) <- NULL

# ---- write ------------------------------------------------------------------

write_csv <- function(x, file) {
  con <- file(file, open = "wb", encoding = "UTF-8")   # LF line ends everywhere
  on.exit(close(con))
  utils::write.csv(x, con, row.names = FALSE, na = "", fileEncoding = "UTF-8")
}
write_csv(cb, "inst/extdata/services-codebook.csv")
write_csv(frame, "inst/extdata/services-frame.csv")
write_csv(export, "inst/extdata/services-export.csv")
