namespace ParIndex;

/// <summary>What a <see cref="Diagnostic"/> is about; lets callers and tests react to a problem without parsing its message (loại vấn đề).</summary>
public enum DiagnosticKind
{
    /// <summary>Two nodes of a methodology, or two indicators of a unit, share one code.</summary>
    DuplicateCode = 1,

    /// <summary>A node's maximum points is zero or negative, has more than 10 decimal places, or is too large (over 100,000,000).</summary>
    InvalidMaximum,

    /// <summary>The children's maximum points do not sum to their parent's maximum (or the areas to the methodology's total).</summary>
    MaximaMismatch,

    /// <summary>An area (lĩnh vực) or a methodology has no children.</summary>
    Empty,

    /// <summary>A leaf has no scoring rule, or a node with children carries one.</summary>
    RuleMisplaced,

    /// <summary>Two bands of a band rule cover the same value.</summary>
    BandsOverlap,

    /// <summary>Some value is covered by no band of a band rule.</summary>
    BandsGap,

    /// <summary>A rule's parameters are inconsistent with each other or with the node's maximum points.</summary>
    InvalidRule,

    /// <summary>A required attribute (code, name) is missing or blank.</summary>
    MissingAttribute,

    /// <summary>A leaf of the methodology has no reported indicator.</summary>
    MissingIndicator,

    /// <summary>An indicator is reported for a code that is not a leaf of the methodology.</summary>
    UnknownCode,

    /// <summary>An indicator's kind does not match the kind its rule reads (a date where a percentage is expected, say).</summary>
    WrongIndicatorKind,

    /// <summary>A value is outside its domain or documented range: an indicator's (a share above 100% or negative, a
    /// zero denominator), or a methodology's number (a year offset typed as a year, a year, a band's bound, a weight).</summary>
    ValueOutOfRange,

    /// <summary>The assessment year is not one the methodology applies to.</summary>
    WrongYear,

    /// <summary>Every leaf of the unit was declared not applicable, so no index can be computed.</summary>
    NothingApplicable,

    /// <summary>A rule returned points outside [0, maximum].</summary>
    PointsOutOfRange,

    /// <summary>A document is not well-formed JSON, or a value has the wrong JSON type.</summary>
    MalformedJson,

    /// <summary>A JSON object has the same property twice.</summary>
    DuplicateProperty,

    /// <summary>A JSON property has a value the format does not know (an unknown rule kind or subject kind), or the
    /// document has a property the format does not define.</summary>
    UnknownValue,

    /// <summary>A document exceeds a reader limit (size, depth).</summary>
    LimitExceeded,

    /// <summary>A methodology holds a rule that has no JSON form (a user's own rule type).</summary>
    UnsupportedRule,

    /// <summary>A code holds an invisible character (a zero-width space, a direction mark, a control character) or
    /// spaces at its ends, so that two codes could look the same and differ; or a text a control character (a NUL), which
    /// would pass into every report that shows it and which no workbook can hold: a name (a unit's, a node's), a title, a
    /// string of a JSON format (where a tab or a line break is let be), a table's source or assessment note.</summary>
    InvalidCode,

    // Kinds of the geography and history namespaces are numbered from 101, so that kinds other namespaces append
    // keep their numbers whichever lands first.

    /// <summary>A name matches no unit of the list it is matched against (the nearest names are listed).</summary>
    UnknownName = 101,

    /// <summary>A name matches two or more units of one list, so none is picked.</summary>
    AmbiguousName,

    /// <summary>A published rank disagrees with the rank its value gives (or with the order of the other rows' values).</summary>
    RankMismatch,

    /// <summary>Two rows of one table share a rank but not a value.</summary>
    DuplicateRank,

    /// <summary>A row's value puts it in another group than its rank and the published group counts do.</summary>
    GroupMismatch,

    /// <summary>Published area values do not add up to the published total within what rounding allows (each of n
    /// parts and the total rounded to the published decimals: n × 0.005 + 0.005 at two decimals).</summary>
    AreaSumMismatch,

    /// <summary>A note, not a problem: rows agree only through decimals the table does not publish — equal values with
    /// consecutive ranks, a value on a group's bound in the group below.</summary>
    UnpublishedDecimals,

    // Kinds of a methodology's weights and aggregation, and of conflicts between the record's sources, are numbered
    // from 120.

    /// <summary>A node's weight (trọng số) is zero or negative, or has more than 10 decimal places.</summary>
    InvalidNodeWeight = 120,

    /// <summary>A node carries a weight, but its parent (or the methodology, for an area) sums points, so the weight
    /// would be carried and never used: the maxima already weigh the children.</summary>
    WeightNotUsed = 121,

    /// <summary>A child of a node that takes a weighted mean has no weight.</summary>
    MissingNodeWeight = 122,

    /// <summary>The weights of a node's children (or of the areas) do not sum to 1, and normalisation is not declared
    /// (<c>Aggregation.NormalisedWeightedMean</c>).</summary>
    WeightsSumMismatch = 123,

    /// <summary>A leaf declares how children combine (it has none), or an aggregation is not one the library defines.</summary>
    AggregationMisplaced = 124,

    /// <summary>A note, not a problem: sources disagree on a row of the published record; both readings, both sources and
    /// the choice made are given.</summary>
    SourcesDisagree = 125,

    // Kinds of the surveys namespace (SIPAS) are numbered from 201.

    /// <summary>A survey answer's code is outside its question's scale (not 0 for no answer, 9 for "don't know", or
    /// 1 to the scale's largest code).</summary>
    AnswerOutOfScale = 201,

    /// <summary>A survey response has a different number of answers than its instrument has questions.</summary>
    AnswerCountMismatch,

    /// <summary>A survey response's sampling weight is missing, not a number, zero or negative.</summary>
    InvalidWeight,

    /// <summary>A row of input cannot be read: more or fewer fields than its header, malformed quotes, a missing or
    /// unreadable year or province, or a header without a required column.</summary>
    MalformedRow,

    /// <summary>A survey figure is linked to a leaf of a methodology that is not assessed by sociological survey.</summary>
    NotSurveySourced,

    /// <summary>A survey figure asked for is not in the results (no valid answers, or no such element or question).</summary>
    MissingFigure,

    // Kinds of the targets namespace (reform plans) are numbered from 301.

    /// <summary>A target's deadline lies outside its plan's period or names a phase the plan does not have, or a phase
    /// lies outside the period.</summary>
    OutsidePlanPeriod = 301,

    /// <summary>Two phases (giai đoạn) of a plan share a year or a name: a year, and a deadline "by the end of a phase",
    /// must belong to one phase only.</summary>
    PhasesOverlap = 302,

    // Kinds of the composites namespace (composite indicators) are numbered from 401.

    // A composite's blank code, or one with white space or a leading digit, is InvalidCode (22) as in a methodology.

    /// <summary>A cell that must hold a number (an indicator value, a level, a weight) holds text.</summary>
    NotANumber = 402,

    /// <summary>A composite indicator's levels skip a number, an element's parent is not one level up, or an aggregate
    /// sits at level 1.</summary>
    LevelGap,

    /// <summary>An aggregate's column is supplied in the unit data; aggregates are computed, never given.</summary>
    AggregateAsData,

    /// <summary>A step of a composite pipeline cannot be computed (a geometric mean over zero, a constant column to
    /// min-max), or names a data set, group or unit that does not exist.</summary>
    InvalidStep,

    /// <summary>A composite calculation would divide by zero or by a negative number: a denominator column's value (GDP,
    /// population) at or below zero, the weights of an aggregate's children present summing to zero, a reference unit or
    /// target at or below the indicator's minimum, a maximum at or below zero for a fraction of it. Dividing would give
    /// infinity, or turn the indicator's direction around without a word.</summary>
    NonPositiveDenominator = 420,

    // Kinds of the readers of files (CSV, JSON input tables) are numbered from 501.

    /// <summary>A file is not in the encoding it is read in (not UTF-8, and no other encoding was given): the reader
    /// refuses it rather than read garbled text.</summary>
    InvalidEncoding = 501,

    /// <summary>Two keys of one file (unit codes, criterion or question codes) differ only in ways a person cannot see
    /// (a no-break space, a doubled space, a full-width character): the rows would silently belong to two units.</summary>
    LookalikeKeys,

    /// <summary>A file read in a legacy single-byte encoding (a code page such as windows-1258, or Latin-1) is UTF-8: its
    /// bytes are valid UTF-8 with characters beyond ASCII, which the code page turns into other letters ("Hà Nội" into
    /// "HÃ  Ná»™i"). The reader refuses it, naming the first place and quoting the text as written, rather than read
    /// garbled names: read the file as UTF-8.</summary>
    Utf8ReadAsLegacy = 503,

    // Kinds of the spreadsheet readers (ParIndex.Excel) are numbered from 510.

    /// <summary>A file is not a workbook the reader can open (not an .xlsx package, or damaged), or has no sheet of the
    /// name asked for.</summary>
    NotAWorkbook = 510,

    /// <summary>A cell holds a spreadsheet error (#N/A, #DIV/0!, #REF!) where a value was expected: the formula that
    /// should give the value failed; or it holds a formula whose value was never computed and stored.</summary>
    CellError = 511,
}
