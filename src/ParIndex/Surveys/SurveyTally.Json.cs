using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Geography;

namespace ParIndex.Surveys;

// The survey JSON format, read into the tally it counts into.
public sealed partial class SurveyTally
{
    /// <summary>Reads every response of a survey JSON document into this tally, streaming: a top-level array of objects
    /// <c>{"year": 2023, "province": "96" or "Cà Mau", "district": …, "commune": …, "group": …, "weight": 1.5, "answers": [5, 4, 0, 9]}</c>
    /// with one answer code per question of the instrument, in its order. Each response is read as the package's other
    /// JSON formats are read, so a problem is worded and placed as theirs are: its JSON path, and the line and column
    /// (in bytes) where its value starts. Trim- and AOT-safe.</summary>
    /// <param name="utf8Json">The document, UTF-8; read to its end, not closed.</param>
    /// <param name="provinces">The list province codes and names belong to, or <see langword="null"/> for <see cref="ProvinceList.Units63"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A task that completes when the document has been read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DiagnosticException">The document is not well-formed JSON or not an array of objects, or a
    /// response repeats a key or holds a value of the wrong JSON type; every problem of that response is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <remarks>
    /// <para>The array is read element by element; memory does not grow with its length. The province is a code of the
    /// list given (63 units by default) or a name matched as <see cref="ProvinceList.Match"/> matches it. An absent weight is 1; a
    /// <c>null</c> weight is a missing weight. A row that cannot become a response (no year, unknown province, missing or
    /// invalid weight, no answers) is reported to the tally with its JSON path and rejected; answers out of scale are the
    /// tally's to judge (<see cref="SipasOptions.BadRows"/>). Properties the format does not have are ignored. A response
    /// that is not JSON, repeats a key or holds a value of the wrong type stops the reading with its problems placed.</para>
    /// <para>Like <see cref="Add"/>, not to be called on one tally from two threads at once.</para>
    /// </remarks>
    public async Task ReadJsonAsync(Stream utf8Json, ProvinceList? provinces = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var rows = new JsonRowReader(this, provinces ?? ProvinceList.Units63);
        var buffer = new byte[JsonBufferBytes];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // one response longer than the buffer
            }
            var read = await utf8Json.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            filled += read;
            var consumed = rows.Scan(buffer, filled, isFinalBlock: read == 0);
            if (read == 0)
            {
                return;
            }
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
        }
    }

    private const int JsonBufferBytes = 16384;

    // Responses are objects holding one array: deeper nesting is no response, and is reported as soon as it is met.
    private const int MaxJsonDepth = 64;

    /// <summary>
    /// Reads the array of responses from successive blocks of the document: the top level with
    /// <see cref="Utf8JsonReader"/>, each response as a small document of its own with <see cref="JsonWalker"/>, so that
    /// its problems are worded and placed as in the package's other JSON formats (path, line and column of the value).
    /// </summary>
    private sealed class JsonRowReader(SurveyTally tally, ProvinceList list)
    {
        private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxJsonDepth });
        private bool _opened; // the byte order mark and the encoding are checked
        private bool _started; // the first token is read
        private bool _inArray; // inside the top-level array
        private int _index; // the next response's index in the array
        private long _offset; // where the block starts in the document
        private long _counted; // the lines are counted up to here
        private int _line = 1; // the line of _counted
        private long _lineStart; // where that line starts

        /// <summary>Reads every whole response in <paramref name="block"/>'s first <paramref name="length"/> bytes and
        /// returns how many bytes it used; the rest is given again with the next block.</summary>
        /// <exception cref="DiagnosticException">The document is not JSON, or a response is not an object of the format.</exception>
        public int Scan(byte[] block, int length, bool isFinalBlock)
        {
            var skipped = 0;
            if (!_opened)
            {
                var preamble = Encoding.UTF8.Preamble;
                if (!isFinalBlock && length < preamble.Length && preamble.StartsWith(block.AsSpan(0, length)))
                {
                    return 0; // too short to tell whether a byte order mark starts the document
                }
                if (JsonLocator.Utf16(block.AsSpan(0, length)) is { } utf16)
                {
                    throw new InvalidSurveyException([utf16]);
                }
                skipped = block.AsSpan(0, length).StartsWith(preamble) ? preamble.Length : 0;
                _opened = true;
            }
            var data = block.AsSpan(skipped, length - skipped);
            var reader = new Utf8JsonReader(data, isFinalBlock, _state);
            try
            {
                while (true)
                {
                    var checkpoint = reader;
                    if (!reader.Read())
                    {
                        return Stop(data, checkpoint, skipped);
                    }
                    if (!_started)
                    {
                        _started = true;
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            Empty();
                            continue;
                        }
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            throw Invalid(DiagnosticKind.MalformedJson, "$", JsonMessages.ExpectedArray, Place(data, reader.TokenStartIndex));
                        }
                        _inArray = true;
                        continue;
                    }
                    if (reader.TokenType == JsonTokenType.EndArray && _inArray && reader.CurrentDepth == 0)
                    {
                        _inArray = false;
                        if (_index == 0)
                        {
                            Empty(); // "[]" and "null" alike: an empty survey is never a silent nothing
                        }
                        continue;
                    }
                    var start = (int)reader.TokenStartIndex;
                    var path = Invariant.Format($"$[{_index}]");
                    var (line, column) = Place(data, start);
                    if (reader.TokenType != JsonTokenType.StartObject && reader.TokenType != JsonTokenType.Null)
                    {
                        throw Invalid(DiagnosticKind.MalformedJson, path, JsonMessages.ExpectedObject, (line, column));
                    }
                    if (reader.TokenType == JsonTokenType.StartObject && !reader.TrySkip())
                    {
                        return Stop(data, checkpoint, skipped);
                    }
                    _index++;
                    Row(block.AsMemory(skipped + start, (int)reader.BytesConsumed - start), path, line, column);
                }
            }
            catch (JsonException error)
            {
                // Inside the top array its items are known to be in an array; deeper, inside a row, the reader does not say.
                var inArray = _inArray && reader.CurrentDepth == 1 ? true : (bool?)null;
                throw new InvalidSurveyException([JsonLocator.Malformed(error, data, reader.BytesConsumed, reader.TokenStartIndex, reader.TokenType, reader.CurrentDepth, inArray, MaxJsonDepth, _inArray ? Invariant.Format($"$[{_index}]") : "$")]);
            }
        }

        /// <summary>Keeps the reader's state before the response it could not finish, for the next block.</summary>
        private int Stop(ReadOnlySpan<byte> data, in Utf8JsonReader checkpoint, int skipped)
        {
            _state = checkpoint.CurrentState;
            Place(data, checkpoint.BytesConsumed); // the lines of what is used are counted before it goes
            _offset += checkpoint.BytesConsumed; // places are counted without the byte order mark
            return skipped + (int)checkpoint.BytesConsumed;
        }

        private static InvalidSurveyException Invalid(DiagnosticKind kind, string path, string message, (int Line, int Column) place) =>
            new([new Diagnostic(kind, null, message) { JsonPath = path, Line = place.Line, Column = place.Column }]);

        private void Empty() =>
            tally.Report(new Diagnostic(DiagnosticKind.Empty, null, "the document holds no responses") { JsonPath = "$" });

        /// <summary>The line and column (1-based, in bytes) where the value at <paramref name="index"/> of the block starts,
        /// counting the lines once as the reading moves on.</summary>
        private (int Line, int Column) Place(ReadOnlySpan<byte> data, long index)
        {
            var position = _offset + index;
            if (position > _counted)
            {
                var from = (int)(_counted - _offset);
                var between = data[from..(int)index];
                var lines = between.Count((byte)'\n');
                if (lines > 0)
                {
                    _line += lines;
                    _lineStart = _offset + from + between.LastIndexOf((byte)'\n') + 1;
                }
                _counted = position;
            }
            return (_line, (int)(position - _lineStart) + 1);
        }

        /// <summary>Reads one response: a problem of JSON (a repeated key, a value of the wrong type) stops the document
        /// with the problems placed; a response that cannot be counted (no year, an unknown province) is rejected.</summary>
        private void Row(ReadOnlyMemory<byte> utf8, string path, int line, int column)
        {
            var problems = new List<Diagnostic>();
            JsonLocator.Check(utf8.Span, MaxJsonDepth, problems);
            if (problems.Count > 0)
            {
                throw new InvalidSurveyException(problems.Select(p => JsonLocator.Within(p, path, line, column)));
            }
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxJsonDepth });
            var json = new JsonWalker();
            var row = Read(json, document.RootElement);
            if (json.ProblemCount > 0)
            {
                throw new InvalidSurveyException(json.Placed(utf8.Span, MaxJsonDepth, firstTypeErrorOnly: false).Select(p => JsonLocator.Within(p, path, line, column)));
            }
            if (Response(row, list, tally) is { } response)
            {
                tally.Add(response);
            }
            else
            {
                tally.AddUnreadable(Problem(row, list, path));
            }
        }
    }

    /// <summary>The fields of one response, each of its JSON type; names the format does not have are ignored.</summary>
    private static ResponseDocument? Read(JsonWalker json, JsonElement row)
    {
        const string Path = "$";
        if (row.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var answers = json.Property(row, Path, "answers", required: false) is null ? null
            : json.Array(row, Path, "answers", required: false).Select(a => json.Whole(a.Element, a.Path) ?? 0).ToArray();
        return new ResponseDocument(
            json.Int(row, Path, "year", required: false),
            json.String(row, Path, "province", required: false),
            json.String(row, Path, "district", required: false),
            json.String(row, Path, "commune", required: false),
            json.String(row, Path, "group", required: false),
            Weight(json, row),
            answers);
    }

    /// <summary>Absent: 1. Written <c>null</c>: missing (reported). A number beyond a double's range: infinite, which
    /// is no weight either.</summary>
    private static double? Weight(JsonWalker json, JsonElement row)
    {
        if (!row.TryGetProperty("weight", out var weight))
        {
            return 1d;
        }
        if (weight.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (weight.ValueKind != JsonValueKind.Number)
        {
            json.WrongType(JsonLocator.Child("$", "weight"), JsonMessages.ExpectedNumber);
            return null;
        }
        return weight.TryGetDouble(out var value) ? value : double.PositiveInfinity;
    }

    private static SurveyResponse? Response(ResponseDocument? row, ProvinceList list, SurveyTally tally)
    {
        if (row is not { Year: { } year, Province: { } name, Weight: { } weight, Answers: { } answers } || !SurveyResponse.IsWeight(weight)
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
                tally.Report(new Diagnostic(DiagnosticKind.AnswerOutOfScale, tally.Instrument.Questions[i].Code, Invariant.Format($"answer {answers[i]} is not a code of any scale"), province.Code) { Item = DiagnosticItem.Question });
            }
        }
        return new SurveyResponse(year, province, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(codes), weight)
        {
            District = row.District,
            Commune = row.Commune,
            Topic = row.Group,
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
            { Weight: { } w } when !SurveyResponse.IsWeight(w) => (DiagnosticKind.InvalidWeight, Invariant.Format($"the weight {w} is not a number from 1e-28 to less than 2^96")),
            _ => (DiagnosticKind.UnknownName, Invariant.Format($"province '{row.Province}' is no code or name of the {(int)list.Id}-unit list")),
        };
        return new Diagnostic(kind, null, message) { JsonPath = path };
    }

    /// <summary>A province by its code in the list, else by its name.</summary>
    private static Province? Province(string codeOrName, ProvinceList list) =>
        list.TryGet(codeOrName, out var byCode) ? byCode : ProvinceNames.TryMatch(codeOrName, list, out var byName) ? byName : null;
}
