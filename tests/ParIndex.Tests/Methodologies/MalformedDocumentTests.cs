namespace ParIndex.Tests.Methodologies;

/// <summary>A table of malformed methodology files, each with the exact diagnostics the reader must give.</summary>
public class MalformedDocumentTests
{
    // Lines and columns below refer to this document (columns count bytes of UTF-8 from 1).
    private const string Valid = """
        {
          "formatVersion": 1,
          "id": "T",
          "title": "Thử",
          "subjectKind": "custom",
          "years": { "first": 2020 },
          "maxPoints": 3,
          "areas": [
            {
              "code": "1",
              "name": "Lĩnh vực",
              "maxPoints": 3,
              "criteria": [
                {
                  "code": "1.1",
                  "name": "Kế hoạch",
                  "maxPoints": 2,
                  "rule": { "kind": "percentBands", "bands": [
                    { "lower": 90, "lowerInclusive": false, "points": 2 },
                    { "upper": 90, "upperInclusive": true, "points": 0 } ] }
                },
                {
                  "code": "1.2",
                  "name": "Báo cáo",
                  "maxPoints": 1,
                  "rule": { "kind": "yesNo", "yes": 1 }
                }
              ]
            }
          ]
        }
        """;

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // Syntax and limits: the first error stops the reading.
        { "empty", Valid, "*", "$ (line 1, column 1): the document is empty: expected a JSON value" },
        { "trailing comma", "\"yes\": 1 }", "\"yes\": 1, }", "$ (line 26, column 48): a comma before '}': remove the trailing comma" },
        { "unclosed", "\n  ]\n}", "\n  ]\n", "$ (line 31, column 1): the document ends before every object and array in it is closed" },
        { "single quotes", "\"id\": \"T\"", "'id': 'T'", "$ (line 3, column 3): expected a property name in double quotes, found \"'\"" },
        { "NaN", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": NaN,\n  \"areas\"", "$ (line 7, column 16): expected a value (an object, array, string, number, true, false or null), found 'N'" },
        { "duplicate property", "\"id\": \"T\",", "\"id\": \"T\", \"id\": \"U\",", "$.id (line 3, column 14): property \"id\" appears more than once in this object" },
        { "duplicate in rule", "\"yes\": 1 }", "\"yes\": 1, \"yes\": 0 }", "$.areas[0].criteria[1].rule.yes (line 26, column 48): property \"yes\" appears more than once in this object" },
        { "string for number", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": \"3\",\n  \"areas\"", "$.maxPoints (line 7, column 16): expected a number" },
        { "number for string", "\"id\": \"T\"", "\"id\": 7", "$.id (line 3, column 9): expected a string" },
        { "areas not an array", "\"areas\": [", "\"areas\": {}, \"x\": [", "$.areas (line 8, column 12): expected an array" },
        { "fractional version", "\"formatVersion\": 1,", "\"formatVersion\": 1.5,", "$.formatVersion (line 2, column 20): expected a whole number" },
        { "bad date", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3, \"legalBasis\": { \"documentNumber\": \"1/QĐ\", \"issuedOn\": \"2022-13-45\" },\n  \"areas\"", "$.legalBasis.issuedOn (line 7, column 74): '2022-13-45' is not a date: there is no month 13" },
        { "day the month lacks", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3, \"legalBasis\": { \"documentNumber\": \"1/QĐ\", \"issuedOn\": \"2023-02-29\" },\n  \"areas\"", "$.legalBasis.issuedOn (line 7, column 74): '2023-02-29' is not a date: February 2023 has 28 days, no day 29" },
        { "date of another shape", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3, \"legalBasis\": { \"documentNumber\": \"1/QĐ\", \"issuedOn\": \"10/11/2022\" },\n  \"areas\"", "$.legalBasis.issuedOn (line 7, column 74): expected a date such as \"2022-11-10\"" },
        { "bad annual date", "{ \"kind\": \"yesNo\", \"yes\": 1 }", "{ \"kind\": \"timeliness\", \"due\": \"31-12\", \"onTime\": 1, \"late\": 0 }", "$.areas[0].criteria[1].rule.due (line 26, column 50): expected a day of the year such as \"12-31\"" },
        { "document is null", Valid, "null", "$ (line 1, column 1): the document is null, not an object" },

        // Structure: every problem at once.
        { "no format version", "\"formatVersion\": 1,", string.Empty, "$ (line 1, column 1): the required property \"formatVersion\" is missing" },
        { "future format version", "\"formatVersion\": 1,", "\"formatVersion\": 2,", "$.formatVersion (line 2, column 20): format version 2 is not supported; this library reads version 1" },
        { "no id, no title", "\"id\": \"T\",\n  \"title\": \"Thử\",", string.Empty, "$ (line 1, column 1): the required property \"id\" is missing\n$ (line 1, column 1): the required property \"title\" is missing" },
        { "unknown subject kind", "\"custom\"", "\"tỉnh\"", "$.subjectKind (line 5, column 18): unknown subjectKind \"tỉnh\"; expected one of province, ministry, custom" },
        { "no years", "\"years\": { \"first\": 2020 },", string.Empty, "$ (line 1, column 1): the required property \"years\" is missing" },
        { "no first year", "{ \"first\": 2020 }", "{ \"last\": 2020 }", "$.years (line 6, column 12): the required property \"first\" is missing" },
        { "years backwards", "{ \"first\": 2020 }", "{ \"first\": 2020, \"last\": 2019 }", "$.years (line 6, column 12): years 2020–2019: the first year comes after the last" },

        // Numbers outside their documented range (docs/methodology.schema.json), each at its own path.
        { "year offset typed as a year", "{ \"kind\": \"yesNo\", \"yes\": 1 }", "{ \"kind\": \"timeliness\", \"due\": \"01-15\", \"dueYearOffset\": 2024, \"onTime\": 1, \"late\": 0.5 }", "$.areas[0].criteria[1].rule.dueYearOffset (line 26, column 76), criterion 1.2: dueYearOffset 2024 is outside -2 to 2: it is a year offset (years after the assessment year, not a year)" },
        { "year offset past the calendar", "{ \"kind\": \"yesNo\", \"yes\": 1 }", "{ \"kind\": \"timeliness\", \"due\": \"01-15\", \"dueYearOffset\": 8000, \"onTime\": 1, \"late\": 0.5 }", "$.areas[0].criteria[1].rule.dueYearOffset (line 26, column 76), criterion 1.2: dueYearOffset 8000 is outside -2 to 2: it is a year offset (years after the assessment year, not a year)" },
        { "first year", "{ \"first\": 2020 }", "{ \"first\": 20 }", "$.years.first (line 6, column 23): first 20 is outside 2000 to 2100: it is an assessment year" },
        { "last year", "{ \"first\": 2020 }", "{ \"first\": 2020, \"last\": 9999 }", "$.years.last (line 6, column 37): last 9999 is outside 2000 to 2100: it is an assessment year" },
        { "date of issue", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3, \"legalBasis\": { \"documentNumber\": \"1/QĐ\", \"issuedOn\": \"1022-11-10\" },\n  \"areas\"", "$.legalBasis.issuedOn (line 7, column 74): issuedOn 1022-11-10 is outside 2000-01-01 to 2100-12-31" },
        { "huge maximum", "\"maxPoints\": 1,", "\"maxPoints\": 79228162514264337593543950335,", "$.areas[0].criteria[1].maxPoints (line 25, column 24), criterion 1.2: maxPoints 79228162514264337593543950335 must be at most 100000000 either way, with at most 10 decimal places" },
        // A number of the right kind beyond what the reader can hold: said so, quoted as written (main: "expected a number").
        { "number beyond a decimal", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 1e30,\n  \"areas\"", "$.maxPoints (line 7, column 16): '1e30' is too large for any number of this format (at most 79228162514264337593543950335 either way)" },
        { "whole number beyond an int", "{ \"first\": 2020 }", "{ \"first\": 1e30 }", "$.years.first (line 6, column 23): '1e30' is too large for any whole number of this format (at most 2147483647 either way)" },
        { "whole number beyond a double", "{ \"first\": 2020 }", "{ \"first\": 1e400 }", "$.years.first (line 6, column 23): '1e400' is too large for any whole number of this format (at most 2147483647 either way)" },
        // Tiny, not too large: 1e-400 reads as the decimal 0, which the check for "too large" took for a whole number.
        { "tiny number where a whole number is read", "{ \"first\": 2020 }", "{ \"first\": 1e-400 }", "$.years.first (line 6, column 23): expected a whole number" },
        { "huge total", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": -100000001,\n  \"areas\"", "$.maxPoints (line 7, column 16): maxPoints -100000001 must be at most 100000000 either way, with at most 10 decimal places" },
        // Points are held in whole units of 10⁻¹⁰: a number with more decimals is refused by one rule, quoting it as written
        // (main: "yes 0.00000000001 must be at most 100000000 either way", and 1e-30, read as the decimal 0, was taken).
        { "eleven decimals", "\"yes\": 1 }", "\"yes\": 0.00000000001 }", "$.areas[0].criteria[1].rule.yes (line 26, column 45), criterion 1.2: yes '0.00000000001' has more than 10 decimal places, the most a number of this format has" },
        { "total of 1e-30", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 1e-30,\n  \"areas\"", "$.maxPoints (line 7, column 16): maxPoints '1e-30' has more than 10 decimal places, the most a number of this format has" },
        // An exponent of a long's least: its count of decimals overflowed to a negative one, and the number was taken as 0.
        { "total of 1e-9223372036854775808", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 1e-9223372036854775808,\n  \"areas\"", "$.maxPoints (line 7, column 16): maxPoints '1e-9223372036854775808' has more than 10 decimal places, the most a number of this format has" },
        { "total of 0.1e-9223372036854775807", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 0.1e-9223372036854775807,\n  \"areas\"", "$.maxPoints (line 7, column 16): maxPoints '0.1e-9223372036854775807' has more than 10 decimal places, the most a number of this format has" },
        { "band points of 1e-30", "{ \"upper\": 90, \"upperInclusive\": true, \"points\": 0 }", "{ \"upper\": 90, \"upperInclusive\": true, \"points\": 1e-30 }", "$.areas[0].criteria[0].rule.bands[1].points (line 20, column 62), criterion 1.1: points '1e-30' has more than 10 decimal places, the most a number of this format has" },
        { "band bound of 29 decimals", "\"lower\": 90,", "\"lower\": 0.00000000000000000000000000001,", "$.areas[0].criteria[0].rule.bands[0].lower (line 19, column 24), criterion 1.1: lower '0.00000000000000000000000000001' has more than 10 decimal places, the most a number of this format has" },
        { "weight of 1e-30", "\"maxPoints\": 1,", "\"maxPoints\": 1, \"weight\": 1e-30,", "$.areas[0].criteria[1].weight (line 25, column 37), criterion 1.2: weight '1e-30' has more than 10 decimal places, the most a number of this format has" },
        // -0 reads as 0: "first 0 is outside 2000 to 2100" quoted a number the file does not hold.
        { "year of -0", "{ \"first\": 2020 }", "{ \"first\": -0 }", "$.years.first (line 6, column 23): '-0' is zero with a minus sign: write 0, or the number meant" },
        { "negative weight", "\"maxPoints\": 1,", "\"maxPoints\": 1, \"weight\": -1,", "$.areas[0].criteria[1].weight (line 25, column 37), criterion 1.2: weight -1 must be more than 0 and at most 100000000, with at most 10 decimal places\n$.areas[0].criteria[1] (line 22, column 9), criterion 1.2: the weight -1 is never used: node 1 sums points, so the maxima weigh the children; declare a weighted mean there or remove the weight" },
        { "percent bound above 100", "\"lower\": 90,", "\"lower\": 900,", "$.areas[0].criteria[0].rule.bands[0].lower (line 19, column 24), criterion 1.1: lower 900 is outside 0 to 100 (with at most 10 decimal places)" },
        { "count bound above the limit", "\"percentBands\", \"bands\": [\n            { \"lower\": 90,", "\"countBands\", \"bands\": [\n            { \"lower\": 100000001,", "$.areas[0].criteria[0].rule.bands[0].lower (line 19, column 24), criterion 1.1: lower 100000001 is outside 0 to 100000000 (with at most 10 decimal places)" },
        { "negative bonus cap", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3, \"bonusCap\": -1,\n  \"areas\"", "$.bonusCap (line 7, column 31): bonusCap -1 is outside 0 to 100000000 (with at most 10 decimal places)" },
        { "no total", "\"maxPoints\": 3,\n  \"areas\"", "\"areas\"", "$ (line 1, column 1): the required property \"maxPoints\" is missing" },
        { "no areas", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3,\n  \"zones\"", "$.zones (line 8, column 12): the format has no property \"zones\"\n$ (line 1, column 1): the required property \"areas\" is missing" },
        { "unknown property", "\"id\": \"T\",", "\"id\": \"T\", \"author\": \"Sở Nội vụ\",", "$.author (line 3, column 24): the format has no property \"author\"" },
        { "misspelt maximum", "\"maxPoints\": 1,", "\"maxPoint\": 1,", "$.areas[0].criteria[1].maxPoint (line 25, column 23): the format has no property \"maxPoint\"\n$.areas[0].criteria[1] (line 22, column 9): the required property \"maxPoints\" is missing" },
        { "area with subCriteria", "\"criteria\": [", "\"subCriteria\": [", "$.areas[0].subCriteria (line 13, column 22): an area lists its children under \"criteria\", not \"subCriteria\"" },
        { "criterion with criteria", "\"rule\": { \"kind\": \"yesNo\", \"yes\": 1 }", "\"rule\": { \"kind\": \"yesNo\", \"yes\": 1 }, \"criteria\": []", "$.areas[0].criteria[1].criteria (line 26, column 62): a criterion lists its children under \"subCriteria\", not \"criteria\"" },
        { "area with a rule", "\"maxPoints\": 3,\n      \"criteria\"", "\"maxPoints\": 3, \"rule\": { \"kind\": \"proportional\" },\n      \"criteria\"", "$.areas[0] (line 9, column 5): an area carries no rule and no source: its criteria do" },
        { "unknown rule kind", "\"kind\": \"yesNo\", \"yes\": 1", "\"kind\": \"yes-no\", \"yes\": 1", "$.areas[0].criteria[1].rule.kind (line 26, column 29): unknown rule kind \"yes-no\"; expected one of percentBands, countBands, timeliness, yesNo, allConditions, proportional, deduction, surveyPercentage" },
        { "rule without kind", "\"kind\": \"yesNo\", ", string.Empty, "$.areas[0].criteria[1].rule (line 26, column 19): the required property \"kind\" is missing" },
        { "parameter of another kind", "\"yes\": 1 }", "\"yes\": 1, \"floor\": 0 }", "$.areas[0].criteria[1].rule.floor (line 26, column 57): a yesNo rule takes no \"floor\"" },
        { "band without inclusiveness", "\"lower\": 90, \"lowerInclusive\": false,", "\"lower\": 90,", "$.areas[0].criteria[0].rule.bands[0] (line 19, column 13): the required property \"lowerInclusive\" is missing" },
        { "inclusiveness without bound", "{ \"upper\": 90, \"upperInclusive\": true, \"points\": 0 }", "{ \"upper\": 90, \"upperInclusive\": true, \"lowerInclusive\": true, \"points\": 0 }", "$.areas[0].criteria[0].rule.bands[1].lowerInclusive (line 20, column 70): \"lowerInclusive\" needs a \"lower\" bound" },
        { "band without points", ", \"points\": 0 }", " }", "$.areas[0].criteria[0].rule.bands[1] (line 20, column 13): the required property \"points\" is missing" },
        { "unknown source", "\"maxPoints\": 1,", "\"maxPoints\": 1, \"source\": \"survey\",", "$.areas[0].criteria[1].source (line 25, column 37): unknown source \"survey\"; expected one of appraisedSelfAssessment, sociologicalSurvey, other" },
        { "timeliness without due", "{ \"kind\": \"yesNo\", \"yes\": 1 }", "{ \"kind\": \"timeliness\", \"onTime\": 1, \"late\": 0.5 }", "$.areas[0].criteria[1].rule (line 26, column 19): the required property \"due\" is missing" },
        { "null condition", "{ \"kind\": \"yesNo\", \"yes\": 1 }", "{ \"kind\": \"allConditions\", \"points\": 1, \"conditions\": [\"a\", null] }", "$.areas[0].criteria[1].rule.conditions (line 26, column 73): a condition must be a string, not null" },
        { "null area", "\"areas\": [", "\"areas\": [ null,", "$.areas[0] (line 8, column 14): an area must be an object, not null" },
        { "legal basis without number", "\"maxPoints\": 3,\n  \"areas\"", "\"maxPoints\": 3, \"legalBasis\": { \"title\": \"Quyết định\" },\n  \"areas\"", "$.legalBasis (line 7, column 33): the required property \"documentNumber\" is missing" },

        // The model: read when the structure is sound, placed at the node concerned.
        { "duplicate code", "\"code\": \"1.2\"", "\"code\": \"1.1\"", "$.areas[0].criteria[1] (line 22, column 9), criterion 1.1: the code is used by more than one node" },
        { "area maximum", "\"maxPoints\": 3,\n      \"criteria\"", "\"maxPoints\": 4,\n      \"criteria\"", "$.areas[0] (line 9, column 5), criterion 1: the children sum to 3 points but the node has 4\n$ (line 1, column 1): the areas sum to 4 points but the methodology has 3" },
        { "bands overlap at 90", "\"lower\": 90, \"lowerInclusive\": false", "\"lower\": 90, \"lowerInclusive\": true", "$.areas[0].criteria[0] (line 14, column 9), criterion 1.1: bands overlap at 90%" },
        { "bands leave a gap", "\"lower\": 90,", "\"lower\": 95,", "$.areas[0].criteria[0] (line 14, column 9), criterion 1.1: no band covers values between 90% and 95%" },
        { "negative maximum", "\"maxPoints\": 1,", "\"maxPoints\": -1,", "$.areas[0].criteria[1] (line 22, column 9), criterion 1.2: maximum points -1 must be more than 0\n$.areas[0] (line 9, column 5), criterion 1: the children sum to 1 points but the node has 3" },
        { "leaf without rule", ",\n          \"rule\": { \"kind\": \"yesNo\", \"yes\": 1 }", string.Empty, "$.areas[0].criteria[1] (line 22, column 9), criterion 1.2: the leaf has no scoring rule" },
        { "points above maximum", "\"yes\": 1 }", "\"yes\": 2 }", "$.areas[0].criteria[1] (line 22, column 9), criterion 1.2: yes gives 2 points, outside [0, 1]" },
        { "no areas listed", Valid, "{ \"formatVersion\": 1, \"id\": \"T\", \"title\": \"T\", \"subjectKind\": \"custom\", \"years\": { \"first\": 2020 }, \"maxPoints\": 3, \"areas\": [] }", "$ (line 1, column 1): the methodology has no areas" },
    };

    [Theory]
    [InlineData("1.00000000000", "1")] // eleven decimals, all zeros: a whole number of 10⁻¹⁰ points
    [InlineData("100e-2", "1")]
    [InlineData("0.5e1", "5")]
    public void Read_PointsWithTrailingZerosOrAnExponent_AreReadByTheirValue(string written, string points)
    {
        var methodology = Methodology.ParseJson(Valid
            .Replace("\"maxPoints\": 1,", "\"maxPoints\": " + written + ",", StringComparison.Ordinal)
            .Replace("\"maxPoints\": 3,", "\"maxPoints\": " + (2 + decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal));

        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), methodology.Leaves[1].MaxPoints);
    }

    [Fact]
    public void Valid_Reads()
    {
        var methodology = Methodology.ParseJson(Valid);
        Assert.Equal(2, methodology.Leaves.Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_MalformedDocument_GivesTheExactDiagnostics(string name, string find, string replace, string expected)
    {
        var document = find == Valid ? replace switch { "*" => string.Empty, _ => replace } : Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.True(find == Valid || document != Valid, name + ": the edit did not apply");

        var error = Assert.Throws<InvalidMethodologyException>(() => Methodology.ParseJson(document));

        Assert.Equal(expected, string.Join("\n", error.Diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void Read_DeeperThanTheLimit_IsRefused()
    {
        var error = Assert.Throws<InvalidMethodologyException>(() => Methodology.ParseJson(Valid, new MethodologyJsonOptions { MaxDepth = 4 }));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.MalformedJson, diagnostic.Kind);
        Assert.Equal(14, diagnostic.Line); // $ → areas → area → criteria → the first criterion is the fifth level
        Assert.Equal("objects and arrays are nested deeper than the limit of 4", diagnostic.Message);
    }
}
