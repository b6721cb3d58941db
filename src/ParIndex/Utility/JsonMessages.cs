namespace ParIndex.Utility;

/// <summary>The words of the JSON formats' readers (methodologies, reform plans), each problem worded once, as
/// NodaTime's <c>TextErrorMessages</c> are: a change of wording happens here, for every format.</summary>
internal static class JsonMessages
{
    internal const string ExpectedObject = "expected an object";
    internal const string ExpectedArray = "expected an array";
    internal const string ExpectedString = "expected a string";
    internal const string ExpectedNonEmptyString = "expected a non-empty string";
    internal const string ExpectedNumber = "expected a number";
    internal const string ExpectedWholeNumber = "expected a whole number";
    internal const string ExpectedBoolean = "expected true or false";
    internal const string ExpectedDate = "expected a date such as \"2022-11-10\"";
    internal const string ExpectedAnnualDate = "expected a day of the year such as \"12-31\"";
    internal const string DocumentIsNull = "the document is null, not an object";

    // A string of a date's shape that is no date ("2023-02-29") is said to be so, in the CSV readers' words, not to be of
    // another shape than 2022-11-10, which it is.
    internal static string NotADate(string? text) => text is not null && DateText.Impossible(text) is { } why ? why : ExpectedDate;

    // Syntax: what the reader expected and what it found (JsonLocator.Malformed), never the runtime's text.
    internal const string EmptyDocument = "the document is empty: expected a JSON value";
    internal const string EndsEarly = "the document ends before every object and array in it is closed";
    internal const string EndsInString = "the document ends inside a string";
    internal const string MalformedString = "a string is not closed, or holds a control character or an invalid escape";
    internal const string LoneSurrogate = "a string holds an escaped surrogate (\\ud800 to \\udfff) without its pair, which is no character";

    internal static string ExpectedValue(string found) => "expected a value (an object, array, string, number, true, false or null), found " + found;

    internal static string ExpectedPropertyName(string found) => "expected a property name in double quotes, found " + found;

    internal static string ExpectedColon(string found) => "expected ':' after the property name, found " + found;

    internal static string ExpectedCommaOr(string closing, string found) => Invariant.Format($"expected ',' or {closing} after a value, found {found}");

    internal static string TrailingComma(string closing) => Invariant.Format($"a comma before {closing}: remove the trailing comma");

    internal static string TextAfterEnd(string found) => "text after the end of the document, from " + found;

    // A number of the right kind that no value of the format can hold (1e30): "expected a number" would be false of it.
    internal static string BeyondRange<T>(string written, string what, T max)
        where T : IFormattable =>
        Invariant.Format($"'{written}' is too large for any {what} of this format (at most {max} either way)");

    // "-0" reads as 0; the sign says the writer meant some other number, or none.
    internal static string NegativeZero(string written) => Invariant.Format($"'{written}' is zero with a minus sign: write 0, or the number meant");

    // A number with more decimals than the format holds (0.00000000001, 1e-30): not rounded, least of all to 0.
    internal static string TooManyDecimals(string property, string written, int places) =>
        Invariant.Format($"{property} '{written}' has more than {places} decimal places, the most a number of this format has");

    internal static string MalformedNumber(string written) => Invariant.Format($"'{written}' is not a number such as 12, -3.5 or 1e3");

    internal static string MalformedLiteral(string written) => Invariant.Format($"'{written}' is not true, false or null");

    internal static string TooDeep(int limit) => Invariant.Format($"objects and arrays are nested deeper than the limit of {limit}");

    internal static string Missing(string property) => Invariant.Format($"the required property \"{property}\" is missing");

    internal static string NoSuchProperty(string property) => Invariant.Format($"the format has no property \"{property}\"");

    internal static string RepeatedProperty(string property) => Invariant.Format($"property \"{property}\" appears more than once in this object");

    internal static string UnknownChoice(string what, string value, IEnumerable<string> choices) =>
        Invariant.Format($"unknown {what} \"{value}\"; expected one of {string.Join(", ", choices)}");

    internal static string UnsupportedVersion(int version, int supported) =>
        Invariant.Format($"format version {version} is not supported; this library reads version {supported}");

    internal static string TooLarge(int bytes, int limit) => Invariant.Format($"the document has {bytes} bytes, more than the limit of {limit}");

    internal static string TooLarge(int limit) => Invariant.Format($"the document has more than the limit of {limit} bytes");
}
