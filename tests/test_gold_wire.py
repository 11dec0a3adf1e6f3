"""The wire keys (tests/gold/wire/, labelled blind): in session 15 eight Voice of America stories and eight US Army news
stories, then four US Justice Department and four GOV.UK releases; in session 16 four GOV.UK releases of other
publishers, four NASA and National Cancer Institute science stories, four more Justice Department releases, five
stories of outlets under Creative Commons licences, four GOV.UK enforcement releases, four Treasury and GSA news items,
eight GOV.UK items of ministries and investigating bodies, four 18F and White House items, and four more GOV.UK
items of agencies; in session 17 four DoD News stories, four European Parliament press releases, one Oklahoma Watch
story, four stories of the military services' news (DVIDS), four releases of US civilian agencies, eight Scottish
Government releases, eight Australian public bodies' releases and two Mongabay stories; in session 18 six VOA Learning
English science stories, four pieces of The Conversation and four more DoD and DVIDS stories. Straight news, the kind
of article most users read: quotes split by their cue, 'X is a project scientist at Y. He said …' introductions, a
finding reported inside a report ('The team said the readings suggest …'), ranks and titles before names, survey
findings, court reporting. The floors sit where the rules stand (they only go up, except where a comment says why);
`python -m tests.gold_scoring tests/gold/wire` prints the table.
"""

from __future__ import annotations

import pytest

from tests.gold_scoring import WIRE_KEYS, check_pool, score_keys, score_pooled

POOL = score_pooled(WIRE_KEYS)
KEYS = score_keys(WIRE_KEYS)

# First look, before any rule had seen them: f1 0.946, exact 0.73, speaker 0.79, wrong 0.151, kinds 0.847, not-claims 7.
# Evidence a speaker cites ('The team said the readings suggest C': the team's, veto.thought-inside-report): speaker 0.832,
# wrong 0.101, f1 0.944 (a partial quote after 'X added that Y suggests that “…”' is now inside the whole clause); 'They'
# no longer the flights that 'aimed to' (cue_tail.PURPOSE_HEADS), 'He' through a chain of pronoun sentences to the person
# introduced, a paragraph that introduces a person (speaker.introduced), ranks before names: speaker 0.899, wrong 0.034,
# exact 0.745.
# With the second batch (first look at 3278e27, the rules above included; the batch alone: f1 0.933/0.898, exact
# 0.687/0.56, speaker 0.611/0.727, wrong 0.194/0.0 for VOA/Army): all sixteen f1 0.935, exact 0.703, speaker 0.784, wrong
# 0.085, kinds 0.849, not-claims 19.
# A share of a survey's respondents speaks for the survey's issuer, or for nobody (speaker.survey-share, -unclear); what
# respondents said inside a study's finding is the finding's; 'Administrator' a title; 'The space agency' the one written
# as 'space agency NASA': speaker 0.822, wrong 0.042, exact 0.706, kinds 0.853.
# 'He' after a title ('The U.S. Surgeon General said … He wrote'), 'His …' sentences passing the subject on, 'Even so,
# she', 'the study found' with its issuer named paragraphs before: speaker 0.85.
# Vetoes for a hyphenated compound ('UN-backed'), an event that 'concluded Oct. 8', ', called <title>,'; a name after a
# subordinator ('This came after Merck had reported'): exact 0.712, kinds 0.859.
# With the DOJ and GOV.UK keys (first look at 9bd333b: DOJ f1 0.891, exact 0.624, speaker 0.765, wrong 0.147; GOV.UK
# f1 0.942, exact 0.642, speaker 0.558, wrong 0.093): all twenty-four f1 0.93, exact 0.691, speaker 0.797, wrong 0.062,
# kinds 0.840, not-claims 31.
# Justice Department titles after an inverted cue ('said U.S. Attorney Trent Shores for …', 'said Special Agent in Charge
# Richard Quinn', 'John C. Demers'), 'Later that day, he': speaker 0.81, wrong 0.048, f1 0.932, exact 0.693.
# 'Prerana Issar, Chief People Officer, NHS England said:' is the person (subject.person-role-body): speaker 0.817,
# wrong 0.041.
# 'Evidence at trial established that C' (established, demonstrated: study cues with 'that'): speaker 0.824, exact 0.695.
# Session 16: 'of the U.S. Smithsonian Institution' in a subject's affiliation, a carry past another speaker's cue
# abstains: speaker 0.834.
# With four GOV.UK releases of other publishers and four NASA/NCI science stories (first look at 24c81cc: GOV.UK f1 0.943,
# exact 0.623, speaker 0.634, wrong 0.146, kinds 0.798, not-claims 7; science f1 0.945, exact 0.76, speaker 0.744, wrong
# 0.116, kinds 0.802, not-claims 7): all thirty-two f1 0.935, exact 0.693, speaker 0.802, wrong 0.061, kinds 0.834,
# not-claims 45.
# With four more Justice Department releases (first look at f71c9f3: f1 0.863, exact 0.664, speaker 0.795, wrong 0.045,
# kinds 0.881, not-claims 8): all thirty-six f1 0.928, exact 0.69, speaker 0.801, wrong 0.06, kinds 0.838, not-claims 53.
# With four stories of outlets under CC BY or CC BY-ND (Capitol News Illinois, GroundUp, SciDev.Net, The Conversation;
# first look at 589e14e: f1 0.906, exact 0.59, speaker 0.596, wrong 0.158, kinds 0.774, not-claims 14): all forty f1
# 0.926, exact 0.679, speaker 0.777, wrong 0.072, kinds 0.832, not-claims 67.
# British honorifics and letters after a name ('the Rt Hon Suella Braverman QC MP', 'Conor McGinn MP'), and 'the
# Attorney General said:' after the title was named with her: speaker 0.779, wrong 0.069, exact 0.681.
# A party tag between name and role ('Sen. Michael Hastings, D-Frankfort, the chief sponsor …, said'), hyphenated titles
# ('Assistant Director-in-Charge Sweeney', 'Secretary-General'), 'we' outside quote marks not the last group: speaker
# 0.79, wrong 0.055.
# 'Today’s report' owned by no one, 'An official inquiry' names no issuer (speaker.document-unclear), 'Investigators also
# found that C' and 'Ofsted inspectors found that C': speaker 0.792, wrong 0.05, exact 0.682.
# 'The court was told that C', 'Magistrates heard that C' (claim.heard-in-court), 'the Magistrates found that C': speaker
# 0.794, exact 0.685, kinds 0.837.
# With four GOV.UK enforcement releases (CMA, MHRA, Insolvency Service, Home Office) and a Mongabay story (CC BY-ND)
# (first look at 625c728: the GOV.UK four f1 0.917, exact 0.676, speaker 0.581, wrong 0.065, kinds 0.781; all five f1
# 0.933, exact 0.677, speaker 0.55, wrong 0.067, kinds 0.764, not-claims 14): all forty-five f1 0.927, exact 0.684,
# speaker 0.767, wrong 0.052, kinds 0.828, not-claims 81.
# With two Treasury releases and two GSA Digital.gov news posts (first look at 2c89a8e: f1 0.929, exact 0.59, speaker
# 0.879, wrong 0.0, kinds 0.89, not-claims 6): all forty-nine f1 0.927, exact 0.679, speaker 0.773, wrong 0.049, kinds
# 0.831, not-claims 87.
# 'McCune' and 'O’Malley' find their full names, 'Name, Title of Body said:' with one comma (subject.person-title),
# 'uncovered that', 'discovered that', 'caution that' (with 'that' only): speaker 0.784, wrong 0.046, exact 0.68.
# 'They' after 'Investigators with the FBI …', a known surname since the sentence before a rival to 'he'/'she': speaker
# 0.786, wrong 0.042.
# With four GOV.UK items of investigating bodies (MAIB, Ofqual, Traffic Commissioners, UK Space Agency), four of
# ministries (FCDO, Prime Minister's Office, MoD, DCMS) and four US federal items (two 18F, two White House) (first look
# at eb49d1a: f1 0.954/0.92/0.913, exact 0.58/0.648/0.538, speaker 0.442/0.676/0.769, wrong 0.07/0.029/0.051, kinds
# 0.679/0.813/0.714; all twelve f1 0.928, exact 0.589, speaker 0.621, wrong 0.052, kinds 0.737, not-claims 22): all
# sixty-one f1 0.928, exact 0.664, speaker 0.758, wrong 0.044, kinds 0.817, not-claims 109.
# Release cue lines with a title in capitals ('Andrew Moll, Chief Inspector of Marine Accidents said:', 'Oliver Howells,
# Senior Ecologist, Defence Infrastructure Organisation, said:'), a date in brackets after the cue: speaker 0.764, wrong
# 0.039. The speaker's own apposition names no rival for the quote after: speaker 0.765. 'He added that A. They could
# also B' (speaker.speech-continued): speaker 0.766, kinds 0.818. A number in a name is no statistic ('LHS 1140 b',
# 'Capability Set 13', 'NIE 16.1'): kinds 0.827.
# With four GOV.UK items of UKHSA, National Highways, the MMO and Natural England (first look at cb302d4: f1 0.946, exact
# 0.716, speaker 0.697, wrong 0.091, kinds 0.917, not-claims 7): all sixty-five f1 0.929, exact 0.667, speaker 0.763,
# wrong 0.042, kinds 0.832, not-claims 116.
# Session 17: a base-form cue word after a singular description is a noun ('The latest annual report from UKHSA
# shows C'), 'Lead' a title word: speaker 0.766, wrong 0.039. With four DoD News stories and four European Parliament
# press releases (first look at ceae1b1: f1 0.972/0.902, exact 0.764/0.674, speaker 0.794/0.458, wrong 0.079/0.292,
# kinds 0.914/0.882, not-claims 1/8) and an Oklahoma Watch story (first look after the bracket and lede rules below,
# which were written for the first eight: f1 0.906, exact 0.692, speaker 0.756, wrong 0.024, kinds 0.789, not-claims 8).
# A group and country in brackets after a name ('Ismail Ertug (S&D, DE) said') and its comma no boundary, a lede's
# office named in the next paragraph (speaker.named-next): all seventy-four f1 0.929, exact 0.673, speaker 0.771, wrong
# 0.043, kinds 0.836, not-claims 133. A closing cue after another frame ('X announced C, Panetta said.') is whom the
# next 'he' means; names with letters outside ASCII ('Michèle Flournoy') are names to the confidence rules: speaker
# 0.773, wrong 0.04.
# A closing cue after a frame that passes nothing on reports the whole clause (frame.closing-tail): speaker 0.774, wrong
# 0.039. With four stories of the military services' news and four releases of US civilian agencies (State, NOAA, EPA,
# FTC) (first look at bbfd8c9: f1 0.85/0.932, exact 0.584/0.584, speaker 0.933/0.6, wrong 0.033/0.05, kinds 0.917/0.793,
# not-claims 17/11): all eighty-two f1 0.927, exact 0.665, speaker 0.772, wrong 0.039, kinds 0.835, not-claims 161.
# A dateline is no part of the statement ('PHILIPPINE SEA – …'), a role without an article or a home town after an
# inverted cue is no claim ('said Capt. Fred Goldhammer, commanding officer, USS Ronald Reagan', 'said Adams, of
# Middleton, Tenn.'): f1 0.928, exact 0.668, not-claims 153.
# With four Scottish Government releases (first look at 587918a: f1 0.941, exact 0.786, speaker 0.688, wrong 0.25, kinds
# 0.896, not-claims 3) and four Australian releases (first look after the two rules below, which the Scottish batch
# showed: f1 0.96, exact 0.713, speaker 0.806, wrong 0.056, kinds 0.884, not-claims 2). 'Victim Support Scotland chief
# executive, Kate Wallace, said' (a body's officer is no person's name), 'Assistant Chief Constable Bex Smith, Police
# Scotland said' (a titled person, then the body): the Scottish four speaker 0.896, wrong 0.021; all ninety f1 0.93,
# exact 0.674, speaker 0.779, wrong 0.039, kinds 0.839, not-claims 158.
# A 'he' is no one the text has shown to be a 'she' (speaker.gender-checked; 'Catalan said he agrees' is a vote):
# speaker 0.781, wrong 0.037.
# With four more Scottish Government releases (first look at 117e78f: f1 0.923, exact 0.733, speaker 0.633, wrong 0.122,
# kinds 0.744, not-claims 12; one of them a joint letter printed whole, its sentences the signatories' quotes in the key)
# and 'This cut threatens to undermine …' no one's threat (veto.thing-threatens): all ninety-four f1 0.93, exact 0.677,
# speaker 0.774, wrong 0.04, kinds 0.835, not-claims 170. A figure glued to a capital is a name ('4G', '18F'), an older
# year after 'in' a date ('in 1774'): kinds 0.841.
# With four more Australian releases (first look at 3a7a93a: f1 0.945, exact 0.727, speaker 0.849, wrong 0.0, kinds
# 0.891, not-claims 7) and a call to action with an address or number no claim (not-claim.call-to-action): all
# ninety-eight f1 0.931, exact 0.679, speaker 0.778, wrong 0.038, kinds 0.843, not-claims 175. A leading participle
# phrase stays with its clause ('Since launching in 2016, the Marketplace has …'): exact 0.68.
# With two Mongabay stories (first look at 836e073: f1 0.976, exact 0.627, speaker 0.714, wrong 0.143, kinds 0.846,
# not-claims 1) and whom a speaker told never the speaker ('“Q,” Sebastian Pipins, …, U.K., told Mongabay by phone'):
# all one hundred f1 0.931, exact 0.679, speaker 0.777, wrong 0.038, kinds 0.843, not-claims 176.
# Session 18: a cue word after a description that ends a clause is a noun ('the latest state of'): exact 0.68. With six
# more VOA Learning English science stories (first look at b7390b2: f1 0.98, exact 0.793, speaker 0.814, wrong 0.113,
# kinds 0.852, not-claims 3) and four pieces of The Conversation (first look at b7390b2: f1 0.894, exact 0.653, speaker
# 0.714, wrong 0.0, kinds 0.787, not-claims 22): all a hundred and ten f1 0.933, exact 0.686, speaker 0.779, wrong 0.043,
# kinds 0.841, not-claims 201. An owner before a person's name ('University of Hawaii’s Lauren Schurmeier'), the person
# apposed to a description as the next 'He', 'the space agency' as the acronym-named agency: speaker 0.785, wrong 0.038.
# An initialism is the name spelled out before it ('The FTC' after 'the Federal Trade Commission'): speaker 0.786, wrong
# 0.037. With four more DoD and DVIDS news stories (first look at 01e8d59: f1 0.929, exact 0.768, speaker 0.80, wrong
# 0.057, kinds 0.855, not-claims 6) and 'the secretary' with a middle initial, a person after a long title as the next
# 'She': all a hundred and fourteen f1 0.933, exact 0.688, speaker 0.789, wrong 0.036, kinds 0.841, not-claims 207.
# 'they' is never one named person: wrong 0.034; exact 0.687 (one press statement, sia-poole, is read sentence by
# sentence now that its 'They … thought' no longer names Westwood, and its one-claim key is no longer matched).
# Session 19: six US federal health releases (FDA, CDC, three NIH institutes; batch keys-fed2, first look at f894ee6:
# f1 0.883, exact 0.593, speaker 0.755, wrong 0.143, kinds 0.848, not-claims 9) and six European Commission and Northern
# Ireland Executive releases (batch keys-eu2, first look at 40acae5: f1 0.90, exact 0.682, speaker 0.625, wrong 0.312,
# kinds 0.864, not-claims 25): all a hundred and twenty-six f1 0.929, exact 0.682, speaker 0.786, wrong 0.041, kinds
# 0.842, not-claims 241. The floors and ceilings move with the new keys only.
# A name apposed to an office is the speaker ('President of the European Commission, Ursula von der Leyen, said:', a
# list of portfolios in the title, particles in a name, the colon-led quote's apposition): speaker 0.79, wrong 0.038.
# Six more federal health releases (VA, NEI, NICHD, NHLBI, FDA; batch keys-fed3, first look at 501d8af: f1 0.912,
# exact 0.696, speaker 0.75, wrong 0.111, kinds 0.782, not-claims 9): all a hundred and thirty-two f1 0.928, exact 0.683,
# speaker 0.789, wrong 0.038, kinds 0.839, not-claims 250 (the new keys only).
# A thousands separator is no subject's boundary ('83,000 patients found'): wrong 0.037, exact 0.684, kinds 0.8391 ->
# 0.8388 (the VA study's finding had '000 patients' as its speaker and the key's kind, attribution; it is now an
# unattributed statistic: the frame with the whole noun phrase as subject is not read yet).
# session 29: speaker 0.819 -> 0.822 (a press-release run past a reported pronoun, an answer after a quoted question)
POOL_FLOOR = {"f1": 0.936, "exact_f1": 0.701, "speaker_accuracy": 0.829}  # session 35: f1 0.936, exact 0.701, speaker 0.829;
# session 34: f1 0.935, exact 0.7, speaker 0.829;
# session 31: f1 0.934, exact 0.698, speaker 0.828;
# session 30: exact 0.695, speaker 0.826;
# 2026-12-06: nouns that look like cues; a name with its role;
# 2026-12-07 (0.81 -> 0.817, exact 0.69 -> 0.691): long titles ("Secretary of State for … and … <Name>"), "said this reflected"
# (speaker 0.798 -> 0.797: the MAIB line below, right by chance before; -> 0.799: a pronoun after a second-look source)
# -> speaker 0.819 (session 27: a titled owner's team, 'de Oliveira', a 'she' after a lower-case particle's name)
# -> f1 0.931, exact 0.693 (session 28: a company listing in capitals is a heading, no claim)
POOL_WRONG_CEILING = 0.03  # session 28: 0.035 -> 0.033 (a modal before a cue reports nothing); session 29: 0.032;
# session 31: 0.029 (initialisms shown with their names)
# (given names say who a later he or she is; a speaker the gender check falls back on is a candidate unless named)
# earlier: 0.034 -> 0.041 (keys-fed2, eu2) -> 0.038 (apposed names) -> 0.036 (they, it) -> 0.038 (keys-fed3)
# -> 0.036 -> 0.035 (a study with its journal names no issuer); 2026-12-07 speaker 0.817 -> 0.818 (a quote set off by dashes)
NOT_CLAIMS_CEILING = 229  # session 34: 229 (pointers to a web page, a press office or a helpline)
# 250 -> 248 (session 28: two company listings in capitals are headings); 247 (session 29: a quoted question)
# -> 238 (session 30: headings in sentence case, 'New tools for hurricane analysis and forecasting this year')
# the Conversation pieces argue a case: 22 of their lines are opinions the key leaves out
# 250 -> 251: 'state' before a comma is the noun (veto.state-noun), so the IP Task Force's boilerplate line ('… enhances
# coordination among federal, state, and local …') is one stance of the Task Force now, no longer two frames, the second
# with 'promotes innovation …' as its speaker; the one claim covers the line the key leaves out.
KINDS_FLOOR = 0.847  # session 33: 0.848 (durations before a hyphen)
# <- 0.845 (session 27) <- 0.843 -> 0.8405 (ten new keys, first looks 0.852, 0.787) -> 0.839 (keys-fed3) -> 0.8388 (see below) -> 0.842
# -> 0.843 (a perception with no holder is a report)
SPEAKER_FLOOR = {
    "doj-kansas-engineered-rice-theft-sentence": 0.77,
    "doj-monsanto-scientist-economic-espionage-indictment": 0.85,  # 0.571 -> 0.857 (Special Agent in Charge Richard Quinn)
    "doj-oklahoma-battery-trade-secrets-sentence": 0.87,  # 0.625 -> 0.875 (U.S. Attorney Trent Shores, 'Later that day, he')
    "doj-state-department-employee-chinese-agents-sentence": 1.0,
    "govuk-dhsc-nhs-doctors-mental-health": 0.71,
    "govuk-dwp-sick-pay-consultation": 0.57,
    "govuk-ea-fenland-pollution-court": 0.57,  # 0.5 -> 0.571 (the Magistrates found that)
    "govuk-moj-helens-law": 0.5,
    "army-arcic-hosts-think-tanks": 0.5,
    "army-futures-day-modernization": 0.57,
    "army-mission-partner-network": 1.0,
    "army-think-tank-future-planning": 0.85,
    "voa-pew-global-connectedness-travel": 0.87,  # 0.438 -> 0.688 (respondents speak for Pew) -> 0.875 (the study found)
    "voa-pew-national-identity-language": 0.64,  # 0.48 -> 0.56 -> 0.64
    "voa-tech-stories-2024-ai-google-tiktok": 0.88,  # 0.824 -> 0.882 ('FAA Administrator Mike Whitaker … He added')
    "voa-virtual-fences-cattle-ranchers": 0.85,  # 0.786 -> 0.857 ('He added that A. They could also B')
    "army-capability-set-13-vehicles": 0.6,
    "army-nie-combat-veterans": 1.0,  # 0.625 -> 1.0 ('Sgt. 1st Class David Taylor …' introduced, then 'he said')
    "army-nie-officials-applaud": 0.92,
    "army-third-offset-strategy": 0.92,
    "voa-covid-year-variants-restrictions": 0.83,  # 0.667 -> 0.833 ('He wrote' after 'The U.S. Surgeon General said')
    "voa-exoplanet-lhs-1140b-ocean": 0.94,  # 0.824 -> 0.941 ('Researchers say observations suggest', Doyon)
    "voa-mars-equator-water-ice": 0.88,  # 0.722 -> 0.889 ('The team said MARSIS readings suggest C')
    "voa-mars-helicopter-crash-cause": 0.93,  # 0.75 -> 0.875 ('They said' the engineers) -> 0.938 ('The space agency')
    "ago-child-killers-sentences-increased": 0.71,  # 0.5 -> 0.714 ('the Rt Hon Suella Braverman QC MP')
    "charitycomm-rigpa-inquiry": 0.7,  # 0.647 -> 0.706 (Investigators also found that)
    "nasa-new-horizons-kuiper-belt-dust": 0.77,  # 0.667 -> 0.778 (the speaker's apposition names no rival)
    "nasa-sea-level-2023-el-nino": 0.66,
    "nih-cardiac-tumors-rare": 1.0,
    "nih-psa-velocity-prostate-biopsy": 0.64,
    "ofsted-illegal-school-appeals": 0.6,
    "sia-poole-unlicensed-security": 0.71,  # 0.75 -> 0.714: its last statement read sentence by sentence (see above)
    "doj-airline-manager-chinese-agent-plea": 1.0,  # 0.75 -> 1.0 (Assistant Director-in-Charge Sweeney)
    "doj-counterfeit-navy-circuits-sentence": 1.0,
    "doj-counterfeit-sports-apparel-seizure": 0.77,
    "doj-team-xecuter-piracy-arrests": 0.64,
    "cni-homeowners-insurance-bill-fails": 0.85,  # 0.714 -> 0.857 ('Sen. Michael Hastings, D-Frankfort, …')
    "conv-x-algorithm-clashing-values": 0.0,
    "groundup-dung-beetles-ig-nobel": 0.2,
    "scidev-latam-ethical-ai-roadmap": 0.9,
    "cma-teletext-court-refunds": 0.66,
    "homeoffice-wardrobe-hides-smuggling-gang": 0.77,
    "insolv-lincolnshire-recruiters-banned": 0.63,  # 0.455 -> 0.636 (Investigators uncovered that, discovered that)
    "mhra-syri-defective-medicine-fine": 0.8,  # 0.4 -> 0.8 ('Laura Walters, Special Crown Prosecutor of … said:')
    "mongabay-indigenous-food-trees-malawi": 0.58,  # 0.517 -> 0.586 (McCune, Experts caution that)
    "gsa-pif-fda-digital-health": 1.0,
    "gsa-problem-definition-webinar": 0.83,
    "treasury-ssbci-dc-approval": 0.66,
    "treasury-trustees-reports-2024": 1.0,
    "maib-nicola-faith-search-extended": 0.33,  # 0.167 -> 0.5 ('Andrew Moll, Chief Inspector of Marine Accidents said:')
    # -> 0.333: 'MAIB remains focused on …' had 'MAIB remains' as the holder of a stance, which matched the key's MAIB by
    # chance; 'focused' now needs a name or a pronoun as its holder, and the statement's carry does not reach that line
    "ofqual-accessible-assessments-guidance": 0.31,
    "trafficcomm-carmel-coaches-repute": 0.27,
    "uksa-gaia-starquakes-data-release": 1.0,
    "dcms-omai-portrait-export-bar": 0.8,  # the list of the three criteria is one claim now: found, with no speaker
    "fcdo-pakistan-flood-support": 0.8,  # 0.7 -> 0.8 ('announced today (1 September 2022)')
    "mod-fen-orchid-rediscovered": 0.66,  # 0.556 -> 0.667 ('Oliver Howells, Senior Ecologist, …, said:')
    "pmo-glasgow-glacier-cop26": 0.63,
    "18f-moveforward-digital-flash-mob": 0.66,
    "18f-uk-gds-visit-exchanges": 0.7,
    "wh-ai-education-youth-pledge": 0.83,
    "wh-gold-eagle-cyber-initiative": 1.0,
    "highways-m6-tramline-unmarked-hgv": 1.0,
    "mmo-wirral-council-marine-licence-fine": 0.28,
    "natengland-wyre-forest-nnr-extended": 1.0,
    "ukhsa-hepatitis-c-deaths-fall": 0.75,
    "dod-flournoy-policy-chief-steps-down": 0.83,
    "dod-hagel-landmine-policy-changes": 1.0,  # 0.55 -> 1.0 (the statement a claim cited before)
    "dod-miller-cybersecurity-challenges": 0.96,
    "dod-panetta-clinton-threats-interview": 1.0,
    "eu-ep-edirpa-defence-procurement": 0.0,
    "eu-ep-recharging-stations-every-60km": 0.5,
    "eu-ep-restore-disaster-recovery-funds": 0.33,
    "eu-ep-tsikhanouskaya-belarus-aspirations": 0.92,
    "sh-okwatch-homeowners-insurance-premiums": 0.75,
    "svc-army-village-of-hope-iraq": 0.83,
    "svc-fairchild-drone-policy-update": 1.0,
    "svc-navy-reagan-jmsdf-integrated-operations": 1.0,
    "svc-usafa-cadets-hypersonic-wind-tunnels": 0.9,
    "ag-epa-lead-pipes-final-rule": 0.69,
    "ag-ftc-noncompete-rule": 0.3,
    "ag-noaa-2024-hurricane-outlook": 0.7,
    "ag-state-romania-smr-feed-study": 0.71,
    "au-abs-fewer-students-with-jobs": 0.71,
    "au-accc-domestic-airlines-competition": 0.81,
    "au-dta-digital-marketplace-new-sellers": 1.0,  # 0.9 -> 1.0 (a quote that runs on over paragraphs)
    "au-pm-cathy-foley-chief-scientist": 0.75,
    "ukp-scot-domestic-abuse-figures": 0.88,  # 0.82 -> 0.88 (a quote that runs on over paragraphs)
    "ukp-scot-energy-summit-sturgeon": 1.0,
    "ukp-scot-rural-4g-mast-new-luce": 1.0,
    "ukp-scot-spring-budget-missed-opportunity": 0.85,
    "scot-motability-vehicles-accredited": 1.0,
    "scot-social-care-staff-pay-rise": 1.0,
    "scot-universal-credit-cut-joint-letter": 0.33,
    "scot-winter-food-funding-cash-first": 0.8,
    "aus-accc-ndis-misleading-advertising": 1.0,
    "aus-dta-marketplace-1000-opportunities": 1.0,
    "aus-pm-sovereign-guided-weapons": 0.9,  # 0.75 -> 0.9 (a quote that runs on; ministers' portfolios)
    "aus-pm-tasmania-new-zealand-flights": 1.0,  # 0.86 -> 1.0 (a quote that runs on over paragraphs)
    "cc-mongabay-edge-zones-land-species": 0.5,
    "cc-mongabay-red-list-20-species-recovery": 1.0,
    "voa-earth-ambipolar-electric-field": 0.85,
    "voa-enceladus-hydrogen-cyanide": 0.73,  # 0.667 -> 0.733 (the space agency)
    "voa-lunar-trailblazer-moon-water": 0.85,
    "voa-titan-methane-ice-crust": 1.0,  # 0.812 -> 1.0 ('University of Hawaii’s Lauren Schurmeier … she said')
    "voa-voyager-reconnect-longest-mission": 1.0,  # 0.857 -> 1.0 ('The agency' after 'NASA')
    "voa-x59-supersonic-jet-first-flight": 0.81,
    "cc-conv-asian-games-geopolitics": 0.5,
    "cc-conv-nobel-physics-neutrinos": 0.75,
    "cc-conv-russian-plague-researcher-death": 1.0,
    "cc-conv-sudan-death-toll-2025": 0.57,
    "dod-cannon-maintainers-award": 0.88,
    "dod-dpaa-baker-visit": 1.0,  # 0.75 -> 1.0 ('Principal Deputy Director for DPAA Fern Sumpter Winbush had … She')
    "dod-sapr-policy-update": 1.0,
    "dod-sexual-assault-policies-explained": 0.8,  # 0.75 -> 0.8 ('the secretary' after 'Leon E. Panetta')
    "ec-covax-contribution-doubled": 1.0,  # 0.66 (keys-fed2/eu2, first look) -> 1.0 ('President of …, Ursula von der Leyen, said')
    "ec-curevac-eib-loan": 1.0,  # 0.66 (keys-fed2/eu2, first look) -> 1.0 (the portfolios' list in the title)
    "ec-hera-incubator-variants": 1.0,  # 0.75 (keys-fed2/eu2, first look) -> 1.0 (both)
    "ec-vaccine-export-mechanism-extended": 1.0,  # 1.0 (keys-fed2/eu2, first look)
    "ec-western-balkans-covid-support": 1.0,  # 0.0 (keys-fed2/eu2, first look) -> 1.0 (both apposed names)
    "fed-cdc-naloxone-rural-ems": 0.62,  # 0.5 (keys-fed2/eu2, first look) -> 0.62 (an initialism defined in brackets)
    "fed-cdc-tips-campaign-three-years": 0.87,  # 0.875 (keys-fed2/eu2, first look)
    "fed-fda-concussion-blood-test": 1.0,  # 1.0 (keys-fed2/eu2, first look)
    "fed-niaid-stem-cell-ms-remission": 0.83,  # 0.833 (keys-fed2/eu2, first look)
    "fed-nibib-mri-micrometastases": 0.78,  # 0.786 (keys-fed2/eu2, first look)
    "fed-ninds-drugs-myelin-repair": 0.62,  # 0.625 (keys-fed2/eu2, first look)
    "ni-events-company-appointments": 0.5,  # 0.5 (keys-fed2/eu2, first look)
    "fed-fda-nuplazid-parkinsons-psychosis": 1.0,  # 1.0 (keys-fed3, first look)
    "fed-fda-rydapt-leukemia": 1.0,  # 1.0 (keys-fed3, first look)
    "fed-nei-eylea-avastin-macular-edema": 0.71,  # 0.714 (keys-fed3, first look)
    "fed-nhlbi-bypass-surgery-ten-year": 0.75,  # 0.75 (keys-fed3, first look)
    "fed-nichd-gestational-diabetes-hba1c": 0.5,  # 0.5 (keys-fed3, first look)
    "fed-va-testosterone-cardiovascular": 0.76,  # 0.769 (keys-fed3, first look)
}


def test_wire_pool_floors() -> None:
    check_pool(POOL, POOL_FLOOR, POOL_WRONG_CEILING, NOT_CLAIMS_CEILING, KINDS_FLOOR)


@pytest.mark.parametrize("key", sorted(SPEAKER_FLOOR))
def test_wire_key_speaker_floor(key: str) -> None:
    r = KEYS[key]
    assert (r["speaker_accuracy"] or 0) >= SPEAKER_FLOOR[key], r


def test_every_wire_key_has_a_floor() -> None:
    assert sorted(p.stem for p in WIRE_KEYS) == sorted(SPEAKER_FLOOR)
