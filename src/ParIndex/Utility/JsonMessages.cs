using System.Collections.Generic;

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
