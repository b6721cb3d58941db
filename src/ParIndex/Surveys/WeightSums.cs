using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace ParIndex.Surveys;

/// <summary>
/// Per question, the sums of the sampling weights of its satisfied answers and of its other valid answers, and of the
/// squares of the valid answers' weights (Kish's effective size), held exactly: they do not depend on the order of the
/// respondents, as a sum of doubles does (it rounds at each addition, so a shuffled file gave figures differing in their
/// tenth decimal).
/// </summary>
/// <remarks>
/// Each sum is a whole number of units of 2⁻²⁵⁶, held as 16 digits of 32 bits, each in a 64-bit limb that takes one digit
/// per addition and carries only when normalised (every 2³¹ − 1 additions, and before reading). Every weight a
/// <see cref="SurveyResponse"/> admits, [10⁻²⁸, 2⁹⁶), and its square rounded to a double, [10⁻⁵⁶, 2¹⁹²), is a whole number
/// of units of 2⁻²³⁹ or more, and 2⁶³ of them sum below 2²⁵⁶: so every addition is exact, and a sum is rounded once, to the
/// nearest double, when read.
/// </remarks>
internal sealed class WeightSums
{
    private const int Limbs = 16;
    private const int Unit = -256; // the exponent of the lowest digit's unit
    private const int Sums = 3; // per question: valid not satisfied, satisfied, squared valid
    private const ulong DigitMask = uint.MaxValue;

    private readonly ulong[] _limbs;
    private int _additions; // since the digits were last normalised

    internal WeightSums(int items) => _limbs = new ulong[items * Sums * Limbs];

    /// <summary>Adds one respondent's weight to a question's sums: to that of the satisfied answers when
    /// <paramref name="satisfied"/>, to that of the other valid ones otherwise, and its square to the valid answers'.</summary>
    /// <remarks>The hot loop of a weighted tally: no bounds checks (a term's digits lie within a sum, see
    /// <see cref="Term"/>), so the caller passes a question of these sums.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(int item, bool satisfied, in Term weight, in Term squared)
    {
        Debug.Assert((uint)item < (uint)(_limbs.Length / (Sums * Limbs)), "no such question");
        ref var sums = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_limbs), item * Sums * Limbs);
        weight.AddTo(ref Unsafe.Add(ref sums, satisfied ? Limbs : 0));
        squared.AddTo(ref Unsafe.Add(ref sums, 2 * Limbs));
    }

    /// <summary>Counts one addition (a respondent's, or another unit's sums): called once before each, so that no limb can
    /// overflow.</summary>
    internal void BeginAddition()
    {
        if (_additions == int.MaxValue)
        {
            Normalise();
        }
        _additions++;
    }

    /// <summary>Adds another unit's sums (a province's into the national ones).</summary>
    internal void Add(WeightSums other)
    {
        other.Normalise();
        BeginAddition();
        for (var k = 0; k < _limbs.Length; k++)
        {
            _limbs[k] += other._limbs[k];
        }
    }

    /// <summary>A question's sums, each rounded once to the nearest double.</summary>
    internal (double Satisfied, double Valid, double Squared) Of(int item)
    {
        Normalise();
        var sums = _limbs.AsSpan(item * Sums * Limbs, Sums * Limbs);
        Span<ulong> valid = stackalloc ulong[Limbs];
        ulong carry = 0;
        for (var j = 0; j < Limbs; j++)
        {
            var limb = sums[j] + sums[Limbs + j] + carry;
            valid[j] = limb & DigitMask;
            carry = limb >> 32;
        }
        return (ToDouble(sums.Slice(Limbs, Limbs)), ToDouble(valid), ToDouble(sums.Slice(2 * Limbs, Limbs)));
    }

    private void Normalise()
    {
        if (_additions == 0)
        {
            return; // normalised since the last addition
        }
        for (var start = 0; start < _limbs.Length; start += Limbs)
        {
            ulong carry = 0;
            for (var j = start; j < start + Limbs; j++)
            {
                var limb = _limbs[j] + carry; // below 2⁶⁴: a limb takes fewer than 2³² digits between normalisations
                _limbs[j] = limb & DigitMask;
                carry = limb >> 32;
            }
            Debug.Assert(carry == 0, "a sum reached 2^256");
        }
        _additions = 0;
    }

    /// <summary>The nearest double to a normalised sum (ties to even): its top 63 bits, with any bit below them kept as one
    /// sticky bit, are converted by the hardware's own correctly rounded conversion, then scaled exactly.</summary>
    internal static double ToDouble(ReadOnlySpan<ulong> digits)
    {
        var top = digits.Length - 1;
        while (top >= 0 && digits[top] == 0)
        {
            top--;
        }
        if (top < 0)
        {
            return 0;
        }
        var window = ((UInt128)digits[top] << 64) | ((UInt128)(top >= 1 ? digits[top - 1] : 0) << 32) | (top >= 2 ? digits[top - 2] : 0); // 65 to 96 bits
        var sticky = false;
        for (var j = top - 3; j >= 0 && !sticky; j--)
        {
            sticky = digits[j] != 0;
        }
        var shift = 128 - (int)UInt128.LeadingZeroCount(window) - 63;
        sticky |= (window & ((UInt128.One << shift) - 1)) != 0;
        var bits = (long)(ulong)(window >> shift) | (sticky ? 1L : 0L);
        return Math.ScaleB(bits, shift + (32 * (top - 2)) + Unit);
    }

    /// <summary>A weight or a squared weight as digits: the three it spans and the limb of the lowest, worked out once per
    /// respondent.</summary>
    internal readonly struct Term
    {
        private readonly int _limb;
        private readonly ulong _low, _middle, _high;

        /// <param name="value">A positive double from 2⁻²³⁹ to less than 2²⁴⁰ (a weight or its square).</param>
        internal Term(double value)
        {
            Debug.Assert(value >= 1e-56 && value < Math.ScaleB(1, 192), "not a weight or the square of one");
            var bits = BitConverter.DoubleToUInt64Bits(value);
            var exponent = (int)(bits >> 52) & 0x7FF;
            var mantissa = (bits & ((1UL << 52) - 1)) | (1UL << 52); // normal: the range holds no subnormal
            var position = exponent - 1075 - Unit; // the mantissa's lowest bit, in units
            var digits = (UInt128)mantissa << (position & 31);
            _limb = position >> 5; // 0 to 12: the three digits lie within the 16
            Debug.Assert(_limb is >= 0 and <= Limbs - 3, "a term beyond its sum");
            _low = (ulong)digits & DigitMask;
            _middle = (ulong)(digits >> 32) & DigitMask;
            _high = (ulong)(digits >> 64);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void AddTo(ref ulong sum)
        {
            ref var digit = ref Unsafe.Add(ref sum, _limb);
            digit += _low;
            Unsafe.Add(ref digit, 1) += _middle;
            Unsafe.Add(ref digit, 2) += _high;
        }
    }
}
