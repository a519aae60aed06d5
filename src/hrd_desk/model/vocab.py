"""Controlled vocabularies, as data.

Slugs are stable identifiers (part of the CLI contract and of bundles); labels are English source
strings that the GUI translates. Where a HURIDOCS Events Standard Formats term fits, its wording is
used. Extending a vocabulary means adding a slug here, nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    slug: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    def slugs(self) -> tuple[str, ...]:
        return tuple(t.slug for t in self.terms)

    def label(self, slug: str) -> str:
        for term in self.terms:
            if term.slug == slug:
                return term.label
        return slug

    def __contains__(self, slug: object) -> bool:
        return any(t.slug == slug for t in self.terms)


def _vocab(name: str, *terms: tuple[str, str] | tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(name, tuple(Term(*t) for t in terms))


THREAT_CATEGORIES = _vocab(
    "threat_categories",
    ("physical", "Physical harassment and direct threats"),
    ("digital", "Digital surveillance and online threats"),
    ("family", "Threats to family members"),
    ("phone", "Phone surveillance and SMS threats"),
    ("legal", "Obstruction through laws and courts"),
    ("defamation", "Defamation and stigmatisation"),
    ("other", "Other"),
)

# Sub-types per category; the slug of a sub-type is unique across categories.
THREAT_SUBTYPES: dict[str, Vocabulary] = {
    "physical": _vocab(
        "subtypes_physical",
        ("death-threat", "Death threat"),
        ("assault", "Assault"),
        ("stalking", "Following or stalking"),
        ("raid", "Raid on home or office"),
        ("arrest", "Arrest or detention"),
        ("abduction", "Abduction"),
    ),
    "digital": _vocab(
        "subtypes_digital",
        ("account-takeover", "Account takeover"),
        ("spyware", "Spyware"),
        ("phishing", "Phishing"),
        ("doxxing", "Doxxing"),
        ("smear-online", "Online smear campaign"),
        ("hate-speech", "Hate speech"),
        ("device-seizure", "Device seizure"),
    ),
    "family": _vocab(
        "subtypes_family",
        ("threat-child-partner", "Threats to children or partner"),
        ("relative-harassment", "Harassment of relatives"),
        ("relative-employer", "Pressure on employer of relative"),
    ),
    "phone": _vocab(
        "subtypes_phone",
        ("threat-sms-call", "Threatening SMS or calls"),
        ("interception", "Interception"),
        ("sim-swap", "SIM swap"),
        ("location-tracking", "Location tracking"),
    ),
    "legal": _vocab(
        "subtypes_legal",
        ("foreign-funding", "Restricted foreign funding"),
        ("anti-terror", "Anti-terrorism charges"),
        ("foreign-agent", "Foreign-agent registration"),
        ("travel-ban", "Travel ban"),
        ("office-closure", "Office closure"),
        ("judicial-harassment", "Judicial harassment"),
    ),
    "defamation": _vocab(
        "subtypes_defamation",
        ("western-agent", 'Labelled "Western agent"'),
        ("state-media-smear", "Smear in state media"),
        ("criminal-defamation", "Criminal defamation suit"),
    ),
    "other": _vocab("subtypes_other"),
}

ALL_SUBTYPES = _vocab(
    "threat_subtypes",
    *((t.slug, t.label) for v in THREAT_SUBTYPES.values() for t in v.terms),
)

CHANNELS = _vocab(
    "channels",
    ("in-person", "In person"),
    ("phone-call", "Phone call"),
    ("sms", "SMS"),
    ("messaging-app", "Messaging app"),
    ("social-media", "Social media"),
    ("email", "Email"),
    ("letter", "Letter"),
    ("through-family", "Through family"),
    ("legal-act", "Legal or administrative act"),
)

PERPETRATOR_TYPES = _vocab(
    "perpetrator_types",
    ("state-security", "State security forces"),
    ("police", "Police"),
    ("judiciary", "Judiciary"),
    ("state-officials", "Other state officials"),
    ("pro-government", "Pro-government groups"),
    ("armed-groups", "Non-state armed groups"),
    ("corporations", "Corporations or their security"),
    ("private", "Private individuals"),
    ("unknown", "Unknown"),
)

FIELDS_OF_WORK = _vocab(
    "fields_of_work",
    ("land-environment", "Land and environment"),
    ("journalism", "Journalism and media"),
    ("lgbti", "LGBTI rights"),
    ("women", "Women's rights"),
    ("labour", "Labour rights"),
    ("indigenous", "Indigenous rights"),
    ("anti-corruption", "Anti-corruption"),
    ("legal-aid", "Legal aid"),
    ("civil-political", "Civil and political rights"),
    ("police-accountability", "Police accountability"),
    ("documentation", "Documentation"),
    ("other", "Other"),
)

PROGRAMMES = _vocab(
    "programmes",
    ("relocation", "Shelter City relocation"),
    ("training", "Training course"),
    ("emergency", "Emergency support"),
    ("advocacy", "Advocacy"),
    ("other", "Other"),
)

CASE_STATUSES = _vocab(
    "case_statuses",
    ("intake", "Intake"),
    ("assessing", "Assessing"),
    ("accepted", "Accepted"),
    ("active", "Active"),
    ("on-hold", "On hold"),
    ("closed", "Closed"),
    ("declined", "Declined"),
)

PRIORITIES = _vocab(
    "priorities",
    ("urgent", "Urgent"),
    ("high", "High"),
    ("normal", "Normal"),
    ("low", "Low"),
)

INCIDENT_STATUSES = _vocab(
    "incident_statuses",
    ("open", "Open"),
    ("monitoring", "Monitoring"),
    ("closed", "Closed"),
)

SEVERITIES = _vocab(
    "severities",
    ("1", "1: harassment or intimidation"),
    ("2", "2: indirect threat"),
    ("3", "3: direct threat"),
    ("4", "4: threat with capability shown (surveillance, following, raid, account takeover)"),
    ("5", "5: attack, detention, abduction, or imminent threat to life"),
)

RELATIONSHIPS = _vocab(
    "relationships",
    ("partner", "Partner"),
    ("child", "Child"),
    ("parent", "Parent"),
    ("sibling", "Sibling"),
    ("other-relative", "Other relative"),
    ("colleague", "Colleague"),
    ("lawyer", "Lawyer"),
    ("other", "Other"),
)

INCIDENT_SOURCES = _vocab(
    "incident_sources",
    ("defender", "The defender"),
    ("relative", "A relative"),
    ("partner-org", "A partner organisation"),
    ("media", "Media"),
    ("own-observation", "Own observation"),
)

REPORTED_TO = _vocab(
    "reported_to",
    ("police", "Police"),
    ("un-mechanism", "UN mechanism"),
    ("embassy", "Embassy"),
    ("nhri", "National human rights institution"),
    ("police-oversight", "Police oversight body"),
    ("courts", "Courts"),
    ("regional-mechanism", "Regional mechanism (such as the African Commission)"),
    ("protection-ngo", "Protection NGO"),
    ("media", "Media"),
    ("none", "None"),
)

CONSENT_LEVELS = _vocab(
    "consent_levels",
    ("not-recorded", "Not recorded yet: nothing about them leaves this vault"),
    ("none", "None: nothing about them leaves this vault"),
    ("colleagues", "Colleagues: named colleagues of the programme"),
    ("partners", "Partners: redacted partner reports"),
    ("public", "Public: anonymised statistics"),
)

CONSENT_METHODS = _vocab(
    "consent_methods",
    ("written", "Written"),
    ("verbal", "Verbal"),
    ("through-representative", "Through a representative"),
)

MEASURE_GROUPS = _vocab(
    "measure_groups",
    ("preventive", "Preventive"),
    ("emergency", "Emergency protocol"),
)

MEASURE_STATUSES = _vocab(
    "measure_statuses",
    ("planned", "Planned"),
    ("in-place", "In place"),
    ("lapsed", "Lapsed"),
    ("dropped", "Dropped"),
)

RISK_ITEM_TYPES = _vocab(
    "risk_item_types",
    ("threat", "Threat"),
    ("vulnerability", "Vulnerability"),
    ("capacity", "Capacity"),
)

RISK_LEVELS = _vocab(
    "risk_levels",
    ("low", "Low"),
    ("medium", "Medium"),
    ("high", "High"),
    ("critical", "Critical"),
)

CONTACT_TYPES = _vocab(
    "contact_types",
    ("embassy", "Embassy"),
    ("eu-institution", "EU institution"),
    ("un-mechanism", "UN mechanism"),
    ("ngo", "NGO"),
    ("journalist", "Journalist"),
    ("lawyer", "Lawyer"),
    ("other", "Other"),
)

# Where the programme's network is; a contact's city is free text, these are offered first.
NETWORK_CITIES = ("Brussels", "The Hague", "Geneva", "New York")

ADVOCACY_ACTIONS = _vocab(
    "advocacy_actions",
    ("meeting", "Meeting"),
    ("letter", "Letter"),
    ("urgent-appeal", "Urgent appeal"),
    ("other", "Other"),
)

TRAINING_MODULES = _vocab(
    "training_modules",
    ("digital-security", "Digital security"),
    ("physical-security", "Physical security"),
    ("networking", "Networking"),
    ("reporting", "Reporting human rights abuses"),
    ("policy-influencing", "Policy influencing"),
    ("other", "Other"),
)

TASK_STATUSES = _vocab(
    "task_statuses",
    ("open", "Open"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
)

RELOCATION_STATUSES = _vocab(
    "relocation_statuses",
    ("planned", "Planned"),
    ("travelling", "Travelling"),
    ("in-stay", "In stay"),
    ("returned", "Returned"),
    ("cancelled", "Cancelled"),
)

CHECKIN_STATUSES = _vocab(
    "checkin_statuses",
    ("scheduled", "Scheduled"),
    ("done", "Done"),
    ("missed", "Missed"),
)

CHECKIN_METHODS = _vocab(
    "checkin_methods",
    ("call", "Call"),
    ("video", "Video call"),
    ("message", "Secure message"),
    ("in-person", "In person"),
    ("other", "Other"),
)

CHECKIN_CONCERNS = _vocab(
    "checkin_concerns",
    ("none", "Nothing worrying"),
    ("raised", "Something worrying raised"),
)

TRAVEL_STATUSES = _vocab(
    "travel_statuses",
    ("planning", "Planning"),
    ("visa-applied", "Visa applied"),
    ("visa-granted", "Visa granted"),
    ("visa-refused", "Visa refused"),
    ("travelling", "Travelling"),
    ("arrived", "Arrived"),
    ("returned", "Returned"),
)

VOCABULARIES: dict[str, Vocabulary] = {
    v.name: v
    for v in (
        THREAT_CATEGORIES,
        ALL_SUBTYPES,
        CHANNELS,
        PERPETRATOR_TYPES,
        FIELDS_OF_WORK,
        PROGRAMMES,
        CASE_STATUSES,
        PRIORITIES,
        INCIDENT_STATUSES,
        SEVERITIES,
        RELATIONSHIPS,
        INCIDENT_SOURCES,
        REPORTED_TO,
        CONSENT_LEVELS,
        CONSENT_METHODS,
        MEASURE_GROUPS,
        MEASURE_STATUSES,
        RISK_LEVELS,
        RISK_ITEM_TYPES,
        CONTACT_TYPES,
        ADVOCACY_ACTIONS,
        TRAINING_MODULES,
        TASK_STATUSES,
        TRAVEL_STATUSES,
        RELOCATION_STATUSES,
        CHECKIN_STATUSES,
        CHECKIN_METHODS,
        CHECKIN_CONCERNS,
    )
}

# Vocabularies whose labels agree with the noun of one record kind in the translated languages
# (a task is "Ouverte", an incident "Ouvert"; a measure "Prévue", a stay "Prévu"): their labels
# are translated in a context of their own, "Vocab/<kind>" (ui/i18n.vocab_text; the spreadsheet
# import reads the same context); every other vocabulary's in "Vocab".
AGREES_WITH = {"task_statuses": "task", "priorities": "task", "checkin_statuses": "checkin",
               "measure_statuses": "security_measure", "relocation_statuses": "relocation",
               "travel_statuses": "relocation", "risk_levels": "risk_assessment"}


def vocab_context(vocab: str) -> str:
    """The translation context of a vocabulary's labels."""
    kind = AGREES_WITH.get(vocab)
    return f"Vocab/{kind}" if kind else "Vocab"


# Countries and territories by ISO 3166-1 alpha-2 code (the stored value), named in English as
# CLDR (Unicode's locale data) names them, which is what people recognise ("Côte d’Ivoire",
# "Myanmar (Burma)"); Kosovo has the code everyone uses for it, XK. Kept apart from VOCABULARIES:
# a country is stored as its code, checked as a code, and only shown by name.
COUNTRIES = _vocab(
    "countries",
    ("AF", "Afghanistan"),
    ("AL", "Albania"),
    ("DZ", "Algeria"),
    ("AS", "American Samoa"),
    ("AD", "Andorra"),
    ("AO", "Angola"),
    ("AI", "Anguilla"),
    ("AQ", "Antarctica"),
    ("AG", "Antigua & Barbuda"),
    ("AR", "Argentina"),
    ("AM", "Armenia"),
    ("AW", "Aruba"),
    ("AC", "Ascension Island"),
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("AZ", "Azerbaijan"),
    ("BS", "Bahamas"),
    ("BH", "Bahrain"),
    ("BD", "Bangladesh"),
    ("BB", "Barbados"),
    ("BY", "Belarus"),
    ("BE", "Belgium"),
    ("BZ", "Belize"),
    ("BJ", "Benin"),
    ("BM", "Bermuda"),
    ("BT", "Bhutan"),
    ("BO", "Bolivia"),
    ("BA", "Bosnia & Herzegovina"),
    ("BW", "Botswana"),
    ("BV", "Bouvet Island"),
    ("BR", "Brazil"),
    ("IO", "British Indian Ocean Territory"),
    ("VG", "British Virgin Islands"),
    ("BN", "Brunei"),
    ("BG", "Bulgaria"),
    ("BF", "Burkina Faso"),
    ("BI", "Burundi"),
    ("KH", "Cambodia"),
    ("CM", "Cameroon"),
    ("CA", "Canada"),
    ("IC", "Canary Islands"),
    ("CV", "Cape Verde"),
    ("BQ", "Caribbean Netherlands"),
    ("KY", "Cayman Islands"),
    ("CF", "Central African Republic"),
    ("EA", "Ceuta & Melilla"),
    ("TD", "Chad"),
    ("CL", "Chile"),
    ("CN", "China"),
    ("CX", "Christmas Island"),
    ("CP", "Clipperton Island"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CO", "Colombia"),
    ("KM", "Comoros"),
    ("CG", "Congo - Brazzaville"),
    ("CD", "Congo - Kinshasa"),
    ("CK", "Cook Islands"),
    ("CR", "Costa Rica"),
    ("HR", "Croatia"),
    ("CU", "Cuba"),
    ("CW", "Curaçao"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("CI", "Côte d’Ivoire"),
    ("DK", "Denmark"),
    ("DG", "Diego Garcia"),
    ("DJ", "Djibouti"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("EC", "Ecuador"),
    ("EG", "Egypt"),
    ("SV", "El Salvador"),
    ("GQ", "Equatorial Guinea"),
    ("ER", "Eritrea"),
    ("EE", "Estonia"),
    ("SZ", "Eswatini"),
    ("ET", "Ethiopia"),
    ("FK", "Falkland Islands"),
    ("FO", "Faroe Islands"),
    ("FJ", "Fiji"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GF", "French Guiana"),
    ("PF", "French Polynesia"),
    ("TF", "French Southern Territories"),
    ("GA", "Gabon"),
    ("GM", "Gambia"),
    ("GE", "Georgia"),
    ("DE", "Germany"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GR", "Greece"),
    ("GL", "Greenland"),
    ("GD", "Grenada"),
    ("GP", "Guadeloupe"),
    ("GU", "Guam"),
    ("GT", "Guatemala"),
    ("GG", "Guernsey"),
    ("GN", "Guinea"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HT", "Haiti"),
    ("HM", "Heard & McDonald Islands"),
    ("HN", "Honduras"),
    ("HK", "Hong Kong SAR China"),
    ("HU", "Hungary"),
    ("IS", "Iceland"),
    ("IN", "India"),
    ("ID", "Indonesia"),
    ("IR", "Iran"),
    ("IQ", "Iraq"),
    ("IE", "Ireland"),
    ("IM", "Isle of Man"),
    ("IL", "Israel"),
    ("IT", "Italy"),
    ("JM", "Jamaica"),
    ("JP", "Japan"),
    ("JE", "Jersey"),
    ("JO", "Jordan"),
    ("KZ", "Kazakhstan"),
    ("KE", "Kenya"),
    ("KI", "Kiribati"),
    ("XK", "Kosovo"),
    ("KW", "Kuwait"),
    ("KG", "Kyrgyzstan"),
    ("LA", "Laos"),
    ("LV", "Latvia"),
    ("LB", "Lebanon"),
    ("LS", "Lesotho"),
    ("LR", "Liberia"),
    ("LY", "Libya"),
    ("LI", "Liechtenstein"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("MO", "Macao SAR China"),
    ("MG", "Madagascar"),
    ("MW", "Malawi"),
    ("MY", "Malaysia"),
    ("MV", "Maldives"),
    ("ML", "Mali"),
    ("MT", "Malta"),
    ("MH", "Marshall Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MU", "Mauritius"),
    ("YT", "Mayotte"),
    ("MX", "Mexico"),
    ("FM", "Micronesia"),
    ("MD", "Moldova"),
    ("MC", "Monaco"),
    ("MN", "Mongolia"),
    ("ME", "Montenegro"),
    ("MS", "Montserrat"),
    ("MA", "Morocco"),
    ("MZ", "Mozambique"),
    ("MM", "Myanmar (Burma)"),
    ("NA", "Namibia"),
    ("NR", "Nauru"),
    ("NP", "Nepal"),
    ("NL", "Netherlands"),
    ("NC", "New Caledonia"),
    ("NZ", "New Zealand"),
    ("NI", "Nicaragua"),
    ("NE", "Niger"),
    ("NG", "Nigeria"),
    ("NU", "Niue"),
    ("NF", "Norfolk Island"),
    ("KP", "North Korea"),
    ("MK", "North Macedonia"),
    ("MP", "Northern Mariana Islands"),
    ("NO", "Norway"),
    ("OM", "Oman"),
    ("PK", "Pakistan"),
    ("PW", "Palau"),
    ("PS", "Palestinian Territories"),
    ("PA", "Panama"),
    ("PG", "Papua New Guinea"),
    ("PY", "Paraguay"),
    ("PE", "Peru"),
    ("PH", "Philippines"),
    ("PN", "Pitcairn Islands"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("PR", "Puerto Rico"),
    ("QA", "Qatar"),
    ("RO", "Romania"),
    ("RU", "Russia"),
    ("RW", "Rwanda"),
    ("RE", "Réunion"),
    ("WS", "Samoa"),
    ("SM", "San Marino"),
    ("SA", "Saudi Arabia"),
    ("SN", "Senegal"),
    ("RS", "Serbia"),
    ("SC", "Seychelles"),
    ("SL", "Sierra Leone"),
    ("SG", "Singapore"),
    ("SX", "Sint Maarten"),
    ("SK", "Slovakia"),
    ("SI", "Slovenia"),
    ("SB", "Solomon Islands"),
    ("SO", "Somalia"),
    ("ZA", "South Africa"),
    ("GS", "South Georgia & South Sandwich Islands"),
    ("KR", "South Korea"),
    ("SS", "South Sudan"),
    ("ES", "Spain"),
    ("LK", "Sri Lanka"),
    ("BL", "St. Barthélemy"),
    ("SH", "St. Helena"),
    ("KN", "St. Kitts & Nevis"),
    ("LC", "St. Lucia"),
    ("MF", "St. Martin"),
    ("PM", "St. Pierre & Miquelon"),
    ("VC", "St. Vincent & Grenadines"),
    ("SD", "Sudan"),
    ("SR", "Suriname"),
    ("SJ", "Svalbard & Jan Mayen"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("SY", "Syria"),
    ("ST", "São Tomé & Príncipe"),
    ("TW", "Taiwan"),
    ("TJ", "Tajikistan"),
    ("TZ", "Tanzania"),
    ("TH", "Thailand"),
    ("TL", "Timor-Leste"),
    ("TG", "Togo"),
    ("TK", "Tokelau"),
    ("TO", "Tonga"),
    ("TT", "Trinidad & Tobago"),
    ("TA", "Tristan da Cunha"),
    ("TN", "Tunisia"),
    ("TM", "Turkmenistan"),
    ("TC", "Turks & Caicos Islands"),
    ("TV", "Tuvalu"),
    ("TR", "Türkiye"),
    ("UM", "U.S. Outlying Islands"),
    ("VI", "U.S. Virgin Islands"),
    ("UG", "Uganda"),
    ("UA", "Ukraine"),
    ("AE", "United Arab Emirates"),
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VU", "Vanuatu"),
    ("VA", "Vatican City"),
    ("VE", "Venezuela"),
    ("VN", "Vietnam"),
    ("WF", "Wallis & Futuna"),
    ("EH", "Western Sahara"),
    ("YE", "Yemen"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
    ("AX", "Åland Islands"),
)
_COUNTRY_NAMES = {t.slug: t.label for t in COUNTRIES.terms}


def country_name(code: str | None) -> str:
    """'Kenya' for 'KE'; an unknown code is shown as it is; empty for None."""
    if not code:
        return ""
    return _COUNTRY_NAMES.get(code.upper(), code)


def find_country(text: str) -> str | None:
    """The code for what a person typed: a code ('ke'), a name ('kenya'), or 'Kenya (KE)'."""
    typed = " ".join(text.split()).casefold()
    if not typed:
        return None
    for term in COUNTRIES.terms:
        if typed in (term.slug.casefold(), term.label.casefold(),
                     f"{term.label} ({term.slug})".casefold()):
            return term.slug
    return None
