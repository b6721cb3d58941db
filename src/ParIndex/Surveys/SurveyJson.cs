using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Geography;
using ParIndex.Utility;

namespace ParIndex.Surveys;

/// <summary>
/// Reads survey responses from JSON, streaming: a top-level array of objects
/// <c>{"year": 2023, "province": "96" or "Cà Mau", "district": …, "commune": …, "group": …, "weight": 1.5, "answers": [5, 4, 0, 9]}</c>
/// with one answer code per question of the instrument, in its order. Source-generated System.Text.Json (trim- and AOT-safe).
/// </summary>
/// <remarks>
/// <para>The array is read element by element; memory does not grow with its length. The province is a code of the
/// list given (63 units by default) or a name matched with <see cref="ProvinceNames"/>. An absent weight is 1; a
/// <c>null</c> weight is a missing weight. A row that cannot become a response (no year, unknown province, missing or
/// invalid weight, no answers) is reported to the tally with its JSON path and rejected; answers out of scale are the
/// tally's to judge (<see cref="SipasOptions.BadRows"/>).</para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class SurveyJson
{
    /// <summary>Reads every response of a JSON document into a tally.</summary>
    /// <param name="utf8Json">The document, UTF-8; read to its end, not closed.</param>
    /// <param name="tally">The tally to count into.</param>
    /// <param name="provinces">The list province codes and names belong to, or <see langword="null"/> for <see cref="ProvinceList.Units63"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A task that completes when the document has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="tally"/> is null.</exception>
    /// <exception cref="InvalidSurveyException">The document is not well-formed JSON or not an array of objects.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task ReadIntoAsync(Stream utf8Json, SurveyTally tally, ProvinceList? provinces = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        Preconditions.CheckNotNull(tally, nameof(tally));
        var list = provinces ?? ProvinceList.Units63;
        var index = 0;
        try
        {
            await foreach (var row in JsonSerializer.DeserializeAsyncEnumerable(utf8Json, SurveyJsonContext.Default.ResponseDocument, cancellationToken).ConfigureAwait(false))
            {
                var path = Invariant.Format($"$[{index++}]");
                if (Response(row, list, tally) is { } response)
                {
                    tally.Add(response);
                }
                else
                {
                    tally.AddUnreadable(Problem(row, list, path));
                }
            }
            if (index == 0)
            {
                // "[]" and "null" alike: an empty survey is never a silent nothing.
                tally.Report(new Diagnostic(DiagnosticKind.Empty, null, "the document holds no responses") { JsonPath = "$" });
            }
        }
        catch (JsonException error)
        {
            throw new InvalidSurveyException([new Diagnostic(DiagnosticKind.MalformedJson, null, error.Message)
            {
                JsonPath = error.Path,
                Line = error.LineNumber is { } line ? (int)line + 1 : null,
                Column = error.BytePositionInLine is { } column ? (int)column + 1 : null,
            }]);
        }
    }

    /// <summary>Computes SIPAS figures from a JSON document of responses.</summary>
    /// <param name="instrument">The instrument the responses answer.</param>
    /// <param name="utf8Json">The document, UTF-8; read to its end, not closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SipasOptions.Default"/>.</param>
    /// <param name="provinces">The list of the provinces, or <see langword="null"/> for <see cref="ProvinceList.Units63"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The figures and the input report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidSurveyException">The document is not well-formed JSON or not an array of objects.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<SipasResult> ComputeAsync(SurveyInstrument instrument, Stream utf8Json, SipasOptions? options = null, ProvinceList? provinces = null, CancellationToken cancellationToken = default)
    {
        var tally = new SurveyTally(instrument, options);
        await ReadIntoAsync(utf8Json, tally, provinces, cancellationToken).ConfigureAwait(false);
        return tally.ToResult();
    }

    private static SurveyResponse? Response(ResponseDocument? row, ProvinceList list, SurveyTally tally)
    {
        if (row is not { Year: { } year, Province: { } name, Weight: { } weight, Answers: { } answers } || !IsWeight(weight)
            || Province(name, list) is not { } province)
        {
            return null;
        }
        var codes = new byte[answers.Length];
        for (var i = 0; i < answers.Length; i++)
        {
            if (answers[i] is >= 0 and < AnswerScale.UnreadableCode)
            {
                codes[i] = (byte)answers[i];
                continue;
            }
            // Out of every scale: listed here with the number as written, counted by the tally as invalid.
            codes[i] = AnswerScale.UnreadableCode;
            if (i < tally.Instrument.Questions.Length)
            {
                tally.Report(new Diagnostic(DiagnosticKind.AnswerOutOfScale, tally.Instrument.Questions[i].Code, Invariant.Format($"answer {answers[i]} is not a code of any scale"), province.Code));
            }
        }
        return new SurveyResponse(year, province, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(codes), weight)
        {
            District = row.District,
            Commune = row.Commune,
            Group = row.Group,
        };
    }

    private static Diagnostic Problem(ResponseDocument? row, ProvinceList list, string path)
    {
        var (kind, message) = row switch
        {
            null => (DiagnosticKind.MalformedRow, "the row is null"),
            { Year: null } => (DiagnosticKind.MalformedRow, "the row has no year"),
            { Province: null } => (DiagnosticKind.MalformedRow, "the row has no province"),
            { Answers: null } => (DiagnosticKind.MalformedRow, "the row has no answers"),
            { Weight: null } => (DiagnosticKind.InvalidWeight, "the weight is missing"),
            { Weight: { } w } when !IsWeight(w) => (DiagnosticKind.InvalidWeight, Invariant.Format($"the weight {w} is not a number more than 0 and less than 2^96")),
            _ => (DiagnosticKind.UnknownName, Invariant.Format($"province '{row.Province}' is no code or name of the {(int)list.Id}-unit list")),
        };
        return new Diagnostic(kind, null, message) { JsonPath = path };
    }

    // More than 0 and within the decimal range, as the CSV reader reads weights: the same file says the same in both formats.
    private static bool IsWeight(double weight) => weight > 0 && weight < MaxWeight;

    // 2^96, one more than decimal.MaxValue (which a double cannot hold exactly).
    private const double MaxWeight = 79228162514264337593543950336d;

    /// <summary>A province by its code in the list, else by its name.</summary>
    private static Province? Province(string codeOrName, ProvinceList list) =>
        list.TryGet(codeOrName, out var byCode) ? byCode : ProvinceNames.TryMatch(codeOrName, list, out var byName) ? byName : null;
}
