namespace ParIndex.Surveys;

/// <summary>The small statistics the survey figures need: the normal quantile, the Wilson interval, a
/// standard deviation, a stable seed.</summary>
internal static class Statistics
{
    /// <summary>The two-sided normal quantile z for a confidence level (0.95 → 1.959964).</summary>
    internal static double Z(double confidenceLevel) => NormalQuantile(1.0 - ((1.0 - confidenceLevel) / 2.0));

    /// <summary>The inverse of the standard normal distribution function (Acklam's rational approximation, relative
    /// error below 1.2e-9 over (0, 1)).</summary>
    internal static double NormalQuantile(double p)
    {
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else if (p <= 1 - low)
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        return x;
    }

    /// <summary>The Wilson score interval of a proportion <paramref name="p"/> observed on <paramref name="n"/> answers
    /// (an effective size when weighted), as (lower, upper) in [0, 1]; it always contains <paramref name="p"/>.</summary>
    internal static (double Lower, double Upper) Wilson(double p, double n, double z)
    {
        var z2n = z * z / n;
        var denominator = 1 + z2n;
        var centre = (p + (z2n / 2)) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2n / (4 * n))) / denominator;
        return (Math.Clamp(Math.Min(p, centre - half), 0, 1), Math.Clamp(Math.Max(p, centre + half), 0, 1));
    }

    /// <summary>The sample standard deviation (divisor <paramref name="count"/> − 1) of <paramref name="count"/> ≥ 2
    /// values from their sum and sum of squares; 0, not NaN, when rounding makes the variance slightly negative.</summary>
    internal static double StandardDeviation(double sum, double sumOfSquares, int count) =>
        Math.Sqrt(Math.Max(0, (sumOfSquares - (sum * sum / count)) / (count - 1)));

    /// <summary>A seed that depends only on the options' seed and a text (a province's list and code): FNV-1a, stable
    /// across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    internal static int StableSeed(int seed, string text)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}
