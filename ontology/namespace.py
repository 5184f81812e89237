"""The claimgraph vocabulary as a closed namespace. Generated from cg.ttl by
``python -m claimgraph.ontology.generate``; do not edit by hand."""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class CG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/claimgraph/ns#")
    _fail = True

    Figure: URIRef  # Figure
    Metric: URIRef  # Metric
    MintedMetric: URIRef  # Minted metric
    Modality: URIRef  # Modality
    NamedPeriod: URIRef  # Named period
    Office: URIRef  # Quoted office
    Outlet: URIRef  # Outlet
    Period: URIRef  # Period
    Post: URIRef  # Post
    Qualifier: URIRef  # Qualifier
    Report: URIRef  # Report
    Statement: URIRef  # Statement
    Unit: URIRef  # Unit
    about: URIRef  # about
    achieved: URIRef  # achieved
    aspect: URIRef  # DatatypeProperty
    at_least: URIRef  # at least
    at_most: URIRef  # at most
    canonicalLowerBound: URIRef  # DatatypeProperty
    canonicalUnit: URIRef  # ObjectProperty
    canonicalUpperBound: URIRef  # DatatypeProperty
    canonicalValue: URIRef  # DatatypeProperty
    changeFrom: URIRef  # DatatypeProperty
    changedTo: URIRef  # ObjectProperty
    characters: URIRef  # DatatypeProperty
    complementKeys: URIRef  # DatatypeProperty
    contentHash: URIRef  # DatatypeProperty
    contextKeys: URIRef  # DatatypeProperty
    countedFrom: URIRef  # DatatypeProperty
    cueEnd: URIRef  # DatatypeProperty
    cueStart: URIRef  # DatatypeProperty
    dateNote: URIRef  # DatatypeProperty
    dimension: URIRef  # DatatypeProperty
    endDate: URIRef  # DatatypeProperty
    entity: URIRef  # ObjectProperty
    estimate: URIRef  # estimate
    exact: URIRef  # exact
    expectedUnit: URIRef  # ObjectProperty
    factor: URIRef  # DatatypeProperty
    forecast: URIRef  # forecast
    formsSeen: URIRef  # DatatypeProperty
    fromDay: URIRef  # DatatypeProperty
    headKey: URIRef  # DatatypeProperty
    heldOffice: URIRef  # ObjectProperty
    identityReports: URIRef  # DatatypeProperty
    identityVersion: URIRef  # DatatypeProperty
    inReport: URIRef  # ObjectProperty
    indicator: URIRef  # DatatypeProperty
    key: URIRef  # DatatypeProperty
    less_than: URIRef  # less than
    lowerBound: URIRef  # DatatypeProperty
    metric: URIRef  # ObjectProperty
    metricText: URIRef  # DatatypeProperty
    modality: URIRef  # ObjectProperty
    more_than: URIRef  # more than
    officeKey: URIRef  # DatatypeProperty
    officeName: URIRef  # DatatypeProperty
    organisationName: URIRef  # DatatypeProperty
    outletName: URIRef  # DatatypeProperty
    partOf: URIRef  # ObjectProperty
    period: URIRef  # ObjectProperty
    periodBasis: URIRef  # DatatypeProperty
    periodText: URIRef  # DatatypeProperty
    plan: URIRef  # plan
    postsSeen: URIRef  # DatatypeProperty
    publishedAfter: URIRef  # DatatypeProperty
    publishedBefore: URIRef  # DatatypeProperty
    qualifier: URIRef  # ObjectProperty
    qualifierText: URIRef  # DatatypeProperty
    quantityKind: URIRef  # DatatypeProperty
    quotedBodyKey: URIRef  # DatatypeProperty
    quotedOrganisationName: URIRef  # DatatypeProperty
    range: URIRef  # range
    recurrence: URIRef  # DatatypeProperty
    saidOfKeys: URIRef  # DatatypeProperty
    sameMeasureAs: URIRef  # ObjectProperty
    sameQuantityAs: URIRef  # ObjectProperty
    scale: URIRef  # DatatypeProperty
    scaledForm: URIRef  # ObjectProperty
    scopeKey: URIRef  # DatatypeProperty
    sourceFile: URIRef  # source file
    speaker: URIRef  # ObjectProperty
    speakerKind: URIRef  # DatatypeProperty
    speakerLabel: URIRef  # DatatypeProperty
    speakerMention: URIRef  # DatatypeProperty
    speakerName: URIRef  # DatatypeProperty
    speakerNamedAs: URIRef  # DatatypeProperty
    speakerOrganisation: URIRef  # ObjectProperty
    speakerRole: URIRef  # DatatypeProperty
    startDate: URIRef  # DatatypeProperty
    stated: URIRef  # stated
    statedIn: URIRef  # ObjectProperty
    surfaceForm: URIRef  # DatatypeProperty
    surnameKey: URIRef  # DatatypeProperty
    target: URIRef  # target
    toDay: URIRef  # DatatypeProperty
    unit: URIRef  # ObjectProperty
    up_to: URIRef  # up to
    upperBound: URIRef  # DatatypeProperty
    value: URIRef  # DatatypeProperty
    verb: URIRef  # DatatypeProperty
    wordsBetween: URIRef  # DatatypeProperty
