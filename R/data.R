#' Sampling frame of the 2025 survey: the 135 Italian Mental Health Departments
#'
#' The 135 Mental Health Departments (Dipartimenti di Salute Mentale) invited
#' to the 2025 national survey of peer support and co-production, with their
#' region and geographic area. It is the frame that [response_rates()] and
#' the finite-population estimators take beside the survey.
#'
#' @section What is sourced and what is allocated:
#' The total, 135 departments, is the frame of the 2025 survey (abstract of
#' Lasalvia, Bodini, Fin and Bonetto, 2025, \doi{10.1186/s12913-025-13407-z}).
#' How many departments each region has is **not** in any source we reached,
#' so the per-region counts are set by a stated rule: every region and
#' autonomous province gets one department, and the remaining 114 are shared
#' in proportion to resident population by the largest remainder (Hamilton)
#' method. Populations are ISTAT estimates for 1 January 2024 as tabulated
#' by geopop.it (thirteen regions), ISTAT census figures for 31 December
#' 2023 for the autonomous provinces of Bolzano and Trento (as quoted by
#' radionbc.it and lavocedelnordest.eu), and a figure for 31 December 2023
#' for Friuli Venezia Giulia quoted by a blog (a weak source). For five
#' regions no figure was found in our sources, and
#' the rule uses approximate round figures of the ISTAT 1 January 2024
#' population, used only for this allocation: Valle d'Aosta 123,000, Umbria
#' 856,000, Abruzzo 1,270,000, Molise 290,000, Basilicata 535,000. The
#' per-region counts are therefore illustrative; the ids carry no meaning
#' beyond their order (by region, in ISTAT order). The rule is kept in the
#' script `data-raw/mhd_frame.R` of the package sources.
#'
#' @format A data frame with 135 rows and 4 columns:
#' \describe{
#'   \item{mhd_id}{Department id, `"MHD001"` to `"MHD135"`.}
#'   \item{region}{Region or autonomous province, a factor with 21 levels in
#'     ISTAT order (`"Piemonte"`, ..., `"PA Bolzano"`, `"PA Trento"`, ...,
#'     `"Sardegna"`).}
#'   \item{macro_area}{ISTAT geographic area (ripartizione), a factor with
#'     levels `"North-West"`, `"North-East"`, `"Centre"`, `"South"`,
#'     `"Islands"`.}
#'   \item{area3}{Three-way area, a factor with levels `"North"`,
#'     `"Centre"`, `"South and Islands"`.}
#' }
#' @source Total: the 2025 survey (doi:10.1186/s12913-025-13407-z).
#'   Regions and areas: ISTAT. Populations: ISTAT, through the tabulations
#'   named above (geopop.it, radionbc.it, lavocedelnordest.eu, a blog), and
#'   five approximate round figures. Per-region counts: allocation rule
#'   above.
#' @seealso [mhd_survey_2025], [response_rates()].
#' @examples
#' table(mhd_frame$macro_area)
#' response_rates(mhd_survey_2025, mhd_frame, by = "area3")
"mhd_frame"

#' The 2025 national survey of Italian Mental Health Departments (synthetic)
#'
#' A synthetic dataset, one row per responding department, that reproduces
#' every figure published in the abstract of the 2025 national survey of peer
#' support and co-production in Italian Mental Health Departments (Lasalvia,
#' Bodini, Fin and Bonetto, *BMC Health Services Research*, 2025,
#' \doi{10.1186/s12913-025-13407-z}). The department-level answers of that
#' survey are not public: everything the abstract does not state is
#' **illustrative**, drawn with a fixed seed so as to be plausible, and must
#' not be quoted as a finding.
#'
#' It is exactly what [read_survey()] makes of the raw export shipped as
#' `system.file("extdata", "mhd-survey-2025.csv", package = "peersurvey")`
#' (Italian labels, as LimeSurvey writes them). The script that draws it is
#' `data-raw/mhd_survey_2025.R` of the package sources.
#'
#' @section Published and illustrative, item by item:
#' Published (abstract, doi:10.1186/s12913-025-13407-z):
#' * Respondents: 61 of the 135 departments of the frame (45%).
#' * `peer_support`: 34 of 61 (55.7%) run peer support initiatives.
#' * `ps_settings_*`: peer support runs "primarily within community-based
#'   services": community mental health centres (`ps_settings_cmhc`) are the
#'   most common setting. The count in each setting is illustrative.
#' * `barriers_*`: lack of formal recognition, insufficient funding and
#'   cultural resistance are the major barriers; here they are the three most
#'   ticked, in that order. Their counts, and all other barrier counts, are
#'   illustrative.
#' * `coproduction`: reported by more than half of the departments (here 35
#'   of 61; the exact number is illustrative).
#' * `coprod_practices_*`: co-production "remained largely consultative":
#'   here more than half of the departments with co-production reach at
#'   most consultation (their highest rung is informing or consultation),
#'   and consultation is also the most frequent highest rung. The
#'   distribution of rungs is illustrative.
#' * `impact_recovery`, `impact_stigma`: peer support workers were
#'   "generally perceived as effective in fostering recovery and reducing
#'   stigma"; here most answers agree. The distributions are illustrative.
#'
#' Illustrative only (no published figure): which departments responded and
#' the split of respondents over regions and areas (response was set to
#' differ by area, higher in the North); `catchment_pop`, `n_cmhc`,
#' `ps_n_workers`, `ps_contract`, `ps_funding_*`, `ps_training`,
#' `impact_empowerment`, `impact_team`, `impact_engagement`, and every free
#' text (`barriers_text`, `coprod_text`, `facilitators_text`), which was
#' written to read like directors' answers and to agree with each row's
#' checklist.
#'
#' @format A `peer_survey` (a data frame) with 61 rows and 49 columns; the
#'   codebook is attribute `"codebook"` (see [survey_codebook()]):
#' \describe{
#'   \item{mhd_id}{Department id, as in [mhd_frame].}
#'   \item{region, macro_area, area3}{Region and areas, factors as in
#'     [mhd_frame].}
#'   \item{catchment_pop}{Population of the catchment area.}
#'   \item{n_cmhc}{Number of community mental health centres.}
#'   \item{peer_support}{Logical: peer support initiatives run.}
#'   \item{ps_settings_cmhc, ps_settings_day_centre, ps_settings_residential,
#'     ps_settings_inpatient, ps_settings_recovery_college,
#'     ps_settings_other}{Logical: settings of peer support (`NA` when
#'     `peer_support` is `FALSE`, as for every `ps_` and `impact_` item).}
#'   \item{ps_n_workers}{Number of peer support workers.}
#'   \item{ps_contract}{Factor: the main contract of the department's peer
#'     support workers, one answer per department (`employee`, `consultant`,
#'     `cooperative`, `grant`, `volunteer`, `other`).}
#'   \item{ps_funding_health_budget, ps_funding_regional, ps_funding_project,
#'     ps_funding_foundation, ps_funding_third_sector,
#'     ps_funding_other}{Logical: funding sources.}
#'   \item{ps_training}{Factor: training of peer workers (`accredited`,
#'     `internal`, `university`, `none`, `other`).}
#'   \item{impact_recovery, impact_stigma, impact_empowerment, impact_team,
#'     impact_engagement}{Ordered factors on a 5-level agreement scale
#'     (`strongly_disagree` < ... < `strongly_agree`): perceived impact on
#'     recovery, stigma, empowerment, team culture and engagement of service
#'     users; "Non so" (don't know) is `NA`.}
#'   \item{barriers_recognition, barriers_funding, barriers_cultural,
#'     barriers_training, barriers_role, barriers_organisation,
#'     barriers_wellbeing, barriers_stigma, barriers_other}{Logical:
#'     barriers ticked (asked of every department).}
#'   \item{barriers_text}{Free text on barriers (Italian; `NA` when left
#'     blank).}
#'   \item{coproduction}{Logical: co-production practices reported.}
#'   \item{coprod_practices_information, coprod_practices_satisfaction_survey,
#'     coprod_practices_consultation_meetings, coprod_practices_advisory_board,
#'     coprod_practices_user_representatives,
#'     coprod_practices_codesign_services, coprod_practices_codesign_training,
#'     coprod_practices_codelivery_groups,
#'     coprod_practices_coevaluation}{Logical: co-production practices (`NA`
#'     when `coproduction` is `FALSE`); their ladder rungs are in the
#'     codebook's `rung` column.}
#'   \item{coprod_text}{Free text describing co-production.}
#'   \item{facilitators_text}{Free text on facilitators.}
#' }
#' @source Synthetic, matching the published abstract of
#'   doi:10.1186/s12913-025-13407-z.
#' @seealso [read_survey()], [mhd_frame], [response_rates()].
#' @examples
#' x <- mhd_survey_2025
#' sum(x$peer_support)  # 34 of 61, published
#' bars <- setdiff(grep("^barriers_", names(x), value = TRUE), "barriers_text")
#' sort(colSums(x[bars]), decreasing = TRUE)  # order of the top three published
"mhd_survey_2025"

#' An example questionnaire of another kind: community services
#'
#' A small, synthetic English survey shipped to show that every function
#' works for a questionnaire other than the 2025 Italian one: 52 community
#' mental health services of an invented country (4 regions), 44 of which
#' answered. The data are invented and illustrative; no figure describes a
#' real service. Three files in `extdata`, generated by
#' `data-raw/services_example.R` in the package sources:
#' * `services-codebook.csv`: the codebook (an id, a region, a service type,
#'   a yes/no item on peer support workers, a check-all item of 4 roles
#'   asked only where there are peer support workers, their number, a
#'   5-point satisfaction scale with "don't know", co-production and its
#'   practices with their rungs, and a free-text item on barriers), in
#'   English and Italian;
#' * `services-export.csv`: the answers as a survey tool exports them
#'   (English labels, one column per check-all option);
#' * `services-frame.csv`: every service invited, with its region (written
#'   as labels in mixed case), type and staff size.
#' @name services_example
#' @examples
#' ex <- function(f) system.file("extdata", f, package = "peersurvey")
#' cb <- survey_codebook(ex("services-codebook.csv"))
#' s <- read_survey(ex("services-export.csv"), cb)
#' d <- survey_design(s, ex("services-frame.csv"), strata = "region")
#' d
#' survey_tables(d, items = "peer_roles")
NULL
