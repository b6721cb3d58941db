using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>
/// What one unit reports for one assessment year: a value for each leaf criterion, keyed by the criterion's code (số liệu tiêu chí).
/// </summary>
/// <remarks>
/// <para>The constructor copies the values and checks each one against its kind's domain, naming the code: a
/// percentage must lie in [0, 100], a count and a numerator must not be negative, a denominator must be positive, the
/// <see langword="default"/> value is rejected, and a code may appear once. Every problem is reported at once in an
/// <see cref="DiagnosticException"/>. Whether each value suits its criterion's rule is checked when scoring.</para>
/// <para>Codes are keys: trimmed, without zero-width characters, in Unicode NFC, when stored and when looked up.</para>
/// <para>Immutable and thread-safe. Enumerates in ordinal order of the codes.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A domain name: what a unit reports (số liệu báo cáo).")]
public sealed partial class ReportedIndicators : IReadOnlyDictionary<string, IndicatorValue>
{
    private readonly string[] _codes;
    private readonly IndicatorValue[] _values;

    // The last list of codes found equal to these, code by code (a scorer's leaves). Neither array is ever written, so
    // once equal they stay equal: scoring these indicators again with that list tells it by reference. Any thread may
    // set it; a reader sees null or a list that is equal.
    private string[]? _sameCodesAs;

    /// <summary>Creates and checks a unit's indicators.</summary>
    /// <param name="unit">The unit reporting.</param>
    /// <param name="year">The assessment year.</param>
    /// <param name="values">The values by criterion code; a dictionary or any sequence of pairs. Copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="DiagnosticException">A code is null, blank or repeated, or a value is out of its domain.</exception>
    public ReportedIndicators(AssessedUnit unit, int year, IEnumerable<KeyValuePair<string, IndicatorValue>> values)
    {
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Year = year;
        var pairs = Preconditions.CheckNotNull(values, nameof(values))
            .Select(p => p.Key is null ? p : KeyValuePair.Create(Text.Key(p.Key), p.Value))
            .ToArray();
        var problems = new List<Diagnostic>();
        foreach (var (code, value) in pairs)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                problems.Add(new Diagnostic(DiagnosticKind.MissingAttribute, null, "an indicator has no criterion code", unit.Code));
            }
            else if (CheckDomain(value) is { } message)
            {
                problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, code, message, unit.Code));
            }
        }
        Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < pairs.Length; i++)
        {
            if (pairs[i].Key is { } code && string.Equals(code, pairs[i - 1].Key, StringComparison.Ordinal))
            {
                problems.Add(new Diagnostic(DiagnosticKind.DuplicateCode, code, "the criterion is reported more than once", unit.Code));
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidIndicatorsException(problems);
        }
        _codes = [.. pairs.Select(p => p.Key)];
        _values = [.. pairs.Select(p => p.Value)];
    }

    /// <summary>Gets the unit reporting.</summary>
    public AssessedUnit Unit { get; }

    /// <summary>Gets the assessment year.</summary>
    public int Year { get; }

    /// <summary>Gets the number of values.</summary>
    public int Count => _codes.Length;

    /// <summary>Gets the codes, in ordinal order.</summary>
    public IEnumerable<string> Keys => _codes;

    /// <summary>Gets the values, in the order of <see cref="Keys"/>.</summary>
    public IEnumerable<IndicatorValue> Values => _values;

    /// <summary>Gets the value reported for a code.</summary>
    /// <param name="key">The criterion code.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">Nothing was reported for the code.</exception>
    public IndicatorValue this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException(Invariant.Format($"unit {Unit.Code} reports nothing for criterion {key}"));

    /// <summary>Tells whether a value is reported for a code.</summary>
    /// <param name="key">The criterion code.</param>
    /// <returns><see langword="true"/> when reported.</returns>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Gets the value reported for a code, if any.</summary>
    /// <param name="key">The criterion code.</param>
    /// <param name="value">The value, or <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when reported.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IndicatorValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : default;
        return index >= 0;
    }

    /// <summary>Enumerates the values in ordinal order of their codes.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, IndicatorValue>> GetEnumerator()
    {
        for (var i = 0; i < _codes.Length; i++)
        {
            yield return new KeyValuePair<string, IndicatorValue>(_codes[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The stored arrays, in ordinal order of the codes, for the scorer's merge to read by position; never written.
    internal ReadOnlySpan<string> CodeSpan => _codes;

    internal ReadOnlySpan<IndicatorValue> ValueSpan => _values;

    /// <summary>Whether the codes are these, in this order (a scorer's leaves, for the values to be read by position);
    /// remembered for the last list found equal.</summary>
    internal bool HasCodes(string[] codes)
    {
        if (ReferenceEquals(Volatile.Read(ref _sameCodesAs), codes))
        {
            return true;
        }
        if (!SameCodes(codes, _codes))
        {
            return false;
        }
        Volatile.Write(ref _sameCodesAs, codes);
        return true;
    }

    /// <summary>Whether two lists of codes are equal, code by code. A method of its own: inlined into the scorer's
    /// loops, its loop lost its counter to the stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SameCodes(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            // The same strings, usually (codes read from the methodology): told by their references first.
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private int IndexOf(string key) => Array.BinarySearch(_codes, Text.Key(Preconditions.CheckNotNull(key, nameof(key))), StringComparer.Ordinal);

    private static string? CheckDomain(IndicatorValue value) => value.Kind switch
    {
        IndicatorKind.None => "the value is empty (default)",
        IndicatorKind.Percent when value.Number is < 0m or > 100m => Invariant.Format($"percentage {value} is outside [0%, 100%]"),
        IndicatorKind.Number when value.Number < 0m => Invariant.Format($"count {value} is negative"),
        IndicatorKind.Points when value.Number < 0m => Invariant.Format($"{value} is negative"),
        IndicatorKind.Ratio when value.Number < 0m => Invariant.Format($"numerator of {value} is negative"),
        IndicatorKind.Ratio when value.Denominator <= 0m => Invariant.Format($"denominator of {value} must be more than 0"),
        _ => null,
    };
}
