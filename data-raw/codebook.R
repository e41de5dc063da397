# Writes inst/extdata/codebook.csv, the questionnaire of the 2025 national
# survey of Mental Health Departments as data: one row per item (free text,
# numbers) or per answer option (single choice, check-all-that-apply, Likert).
# Run from the top of the source tree: Rscript data-raw/codebook.R
#
# Columns: item, section, type (id, single, multi, likert, text, number), option
# (answer code; blank for the others), label_it, label_en (the id row's labels
# name the unit in the plural), question_it, question_en (the question text,
# the caption of the item's table), scale
# (Likert items sharing a scale must list the same options), rung (ladder rung
# of a co-production practice), missing (TRUE when the option means missing or
# "don't know"), required (TRUE when an export must carry the item), min, max
# and whole (bounds of a number item; blank min is 0), asked_if (the yes/no
# item whose yes the question was asked under).

regions <- utils::read.csv(text = "
region,label_en,macro
Piemonte,Piedmont,North-West
Valle d'Aosta,Aosta Valley,North-West
Lombardia,Lombardy,North-West
Liguria,Liguria,North-West
PA Bolzano,AP Bolzano,North-East
PA Trento,AP Trento,North-East
Veneto,Veneto,North-East
Friuli Venezia Giulia,Friuli Venezia Giulia,North-East
Emilia-Romagna,Emilia-Romagna,North-East
Toscana,Tuscany,Centre
Umbria,Umbria,Centre
Marche,Marche,Centre
Lazio,Lazio,Centre
Abruzzo,Abruzzo,South
Molise,Molise,South
Campania,Campania,South
Puglia,Apulia,South
Basilicata,Basilicata,South
Calabria,Calabria,South
Sicilia,Sicily,Islands
Sardegna,Sardinia,Islands", stringsAsFactors = FALSE, strip.white = TRUE)

rows <- list()
add <- function(item, section, type, option = "", label_it = "", label_en = "",
                scale = "", rung = "", missing = FALSE, required = FALSE,
                min = "", max = "", whole = FALSE, asked_if = "") {
  rows[[length(rows) + 1L]] <<- data.frame(
    item = item, section = section, type = type, option = option,
    label_it = label_it, label_en = label_en, scale = scale, rung = rung,
    missing = missing, required = required, min = min, max = max, whole = whole,
    asked_if = asked_if, stringsAsFactors = FALSE)
}
opts <- function(item, section, type, option, label_it, label_en, ...) {
  for (i in seq_along(option))
    add(item, section, type, option[i], label_it[i], label_en[i], ...)
}
yesno <- function(item, section, it, en, required = FALSE)
  opts(item, section, "single", c("yes", "no"), c("S\u00ec", "No"), c("Yes", "No"),
       required = required)

# Department profile
add("mhd_id", "profile", "id", label_it = "dipartimenti", label_en = "departments",
    required = TRUE)
opts("region", "profile", "single", regions$region, regions$region, regions$label_en,
     required = TRUE)
opts("macro_area", "profile", "single",
     c("North-West", "North-East", "Centre", "South", "Islands"),
     c("Nord-ovest", "Nord-est", "Centro", "Sud", "Isole"),
     c("North-West", "North-East", "Centre", "South", "Islands"), required = TRUE)
opts("area3", "profile", "single", c("North", "Centre", "South and Islands"),
     c("Nord", "Centro", "Sud e Isole"), c("North", "Centre", "South and Islands"))
add("catchment_pop", "profile", "number", label_it = "Popolazione del bacino di utenza",
    label_en = "Catchment population", whole = TRUE)
add("n_cmhc", "profile", "number", label_it = "Numero di Centri di Salute Mentale",
    label_en = "Number of community mental health centres", whole = TRUE)

# Peer support
yesno("peer_support", "peer_support", required = TRUE)
opts("ps_settings", "peer_support", "multi",
     c("cmhc", "day_centre", "residential", "inpatient", "recovery_college", "other"),
     c("Centri di Salute Mentale", "Centri diurni", "Strutture residenziali",
       "Servizi Psichiatrici di Diagnosi e Cura", "Recovery college", "Altro"),
     c("Community mental health centres", "Day centres", "Residential facilities",
       "Inpatient wards", "Recovery college", "Other"), asked_if = "peer_support")
add("ps_n_workers", "peer_support", "number", label_it = "Numero di ESP attivi",
    label_en = "Number of peer support workers", whole = TRUE, asked_if = "peer_support")
opts("ps_contract", "peer_support", "single",
     c("employee", "consultant", "cooperative", "grant", "volunteer", "other"),
     c("Dipendente", "Libero professionista", "Socio di cooperativa sociale",
       "Borsa lavoro o tirocinio", "Volontario", "Altro"),
     c("Employee", "Consultant", "Social cooperative member",
       "Work grant or traineeship", "Volunteer", "Other"), asked_if = "peer_support")
opts("ps_funding", "peer_support", "multi",
     c("health_budget", "regional", "project", "foundation", "third_sector", "other"),
     c("Budget del DSM o dell'Azienda sanitaria", "Fondi regionali",
       "Progetti a termine o bandi", "Fondazioni", "Associazioni e terzo settore", "Altro"),
     c("Department or health authority budget", "Regional funds",
       "Fixed-term projects or calls", "Foundations", "Associations and third sector",
       "Other"), asked_if = "peer_support")
opts("ps_training", "peer_support", "single",
     c("accredited", "internal", "university", "none", "other"),
     c("Corso regionale accreditato", "Formazione interna", "Corso universitario",
       "Nessuna formazione specifica", "Altro"),
     c("Accredited regional course", "In-house training", "University course",
       "No specific training", "Other"), asked_if = "peer_support")

# Perceived impact of peer support workers (5-level agreement scale), asked
# of the departments running peer support
agree <- list(
  option = c("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree",
             "dont_know"),
  it = c("Per niente d'accordo", "In disaccordo", "N\u00e9 d'accordo n\u00e9 in disaccordo",
         "D'accordo", "Del tutto d'accordo", "Non so"),
  en = c("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
         "Strongly agree", "Don't know"))
for (it in c("impact_recovery", "impact_stigma", "impact_empowerment", "impact_team",
             "impact_engagement"))
  for (i in seq_along(agree$option))
    add(it, "impact", "likert", agree$option[i], agree$it[i], agree$en[i],
        scale = "agree5", missing = agree$option[i] == "dont_know",
        asked_if = "peer_support")

# Barriers (asked of every department)
opts("barriers", "barriers", "multi",
     c("recognition", "funding", "cultural", "training", "role", "organisation",
       "wellbeing", "stigma", "other"),
     c("Mancato riconoscimento formale della figura", "Finanziamenti insufficienti o instabili",
       "Resistenze culturali degli operatori", "Formazione e accreditamento carenti",
       "Ruolo poco chiaro nell'\u00e9quipe", "Limiti organizzativi (tempo, carichi, burocrazia)",
       "Benessere e supervisione degli ESP", "Stigma", "Altro"),
     c("Lack of formal recognition", "Insufficient or unstable funding",
       "Cultural resistance of professionals", "Lack of training or accreditation",
       "Unclear role within the team", "Organisational limits (time, workload, bureaucracy)",
       "Wellbeing and supervision of peer workers", "Stigma", "Other"))
add("barriers_text", "barriers", "text", label_it = "Altre barriere o commenti",
    label_en = "Other barriers or comments")

# Co-production
yesno("coproduction", "coproduction", required = TRUE)
pr <- data.frame(
  option = c("information", "satisfaction_survey", "consultation_meetings",
             "advisory_board", "user_representatives", "codesign_services",
             "codesign_training", "codelivery_groups", "coevaluation"),
  rung = c("informing", "consultation", "consultation", "involvement", "involvement",
           "co-design", "co-design", "co-production", "co-production"),
  it = c("Informazione a utenti e familiari", "Questionari di soddisfazione",
         "Incontri di consultazione", "Comitato consultivo di utenti e familiari",
         "Rappresentanti degli utenti negli organismi del DSM",
         "Co-progettazione dei servizi", "Co-progettazione della formazione",
         "Gruppi co-condotti con utenti esperti", "Co-valutazione dei servizi"),
  en = c("Information for service users and families", "Satisfaction surveys",
         "Consultation meetings", "Advisory board of users and families",
         "User representatives in department bodies", "Co-design of services",
         "Co-design of training", "Groups co-delivered with experts by experience",
         "Co-evaluation of services"), stringsAsFactors = FALSE)
for (i in seq_len(nrow(pr)))
  add("coprod_practices", "coproduction", "multi", pr$option[i], pr$it[i], pr$en[i],
      rung = pr$rung[i], asked_if = "coproduction")
add("coprod_text", "coproduction", "text", label_it = "Descrizione delle pratiche di co-produzione",
    label_en = "Description of co-production practices")
add("facilitators_text", "facilitators", "text", label_it = "Fattori facilitanti",
    label_en = "Facilitators")

cb <- do.call(rbind, rows)

# Question texts, the captions of the items' tables
questions <- list(
  region = c("Regione", "Region"),
  macro_area = c("Macro-area", "Macro-area"),
  area3 = c("Ripartizione", "Area"),
  catchment_pop = c("Popolazione del bacino di utenza", "Catchment population"),
  n_cmhc = c("Numero di Centri di Salute Mentale", "Number of community mental health centres"),
  peer_support = c("Il Dipartimento ha attivit\u00e0 di supporto tra pari?",
                   "Does the department run peer support?"),
  ps_settings = c("Contesti del supporto tra pari", "Settings of peer support"),
  ps_n_workers = c("Numero di esperti in supporto tra pari attivi",
                   "Number of peer support workers"),
  ps_contract = c("Inquadramento contrattuale principale degli esperti in supporto tra pari",
                  "Main contract of peer support workers"),
  ps_funding = c("Finanziamento del supporto tra pari", "Funding of peer support"),
  ps_training = c("Formazione degli esperti in supporto tra pari",
                  "Training of peer support workers"),
  impact_recovery = c("Gli esperti in supporto tra pari favoriscono il recovery",
                      "Peer support workers foster recovery"),
  impact_stigma = c("Gli esperti in supporto tra pari riducono lo stigma",
                    "Peer support workers reduce stigma"),
  impact_empowerment = c("Gli esperti in supporto tra pari promuovono l'empowerment",
                         "Peer support workers promote empowerment"),
  impact_team = c("Gli esperti in supporto tra pari migliorano il lavoro d'\u00e9quipe",
                  "Peer support workers improve teamwork"),
  impact_engagement = c("Gli esperti in supporto tra pari migliorano il coinvolgimento degli utenti",
                        "Peer support workers improve service user engagement"),
  barriers = c("Barriere al supporto tra pari", "Barriers to peer support"),
  barriers_text = c("Altre barriere o commenti", "Other barriers or comments"),
  coproduction = c("Il Dipartimento ha pratiche di co-produzione?",
                   "Does the department have co-production practices?"),
  coprod_practices = c("Pratiche di co-produzione", "Co-production practices"),
  coprod_text = c("Descrizione delle pratiche di co-produzione",
                  "Description of co-production practices"),
  facilitators_text = c("Fattori facilitanti", "Facilitators"))
q <- questions[cb$item]
cb$question_it <- vapply(q, function(v) if (is.null(v)) "" else v[1L], "")
cb$question_en <- vapply(q, function(v) if (is.null(v)) "" else v[2L], "")
cb <- cb[, c("item", "section", "type", "option", "label_it", "label_en", "question_it",
             "question_en", "scale", "rung", "missing", "required", "min", "max", "whole",
             "asked_if")]
utils::write.csv(cb, "inst/extdata/codebook.csv", row.names = FALSE, fileEncoding = "UTF-8",
                 na = "")
