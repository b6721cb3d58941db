namespace ParIndex.Composites;

/// <summary>Statistics of one column with missing values (NaN) left out, defined as COINr defines them.</summary>
internal static class ColumnMath
{
    internal static int Count(ReadOnlySpan<double> x)
    {
        var n = 0;
        foreach (var v in x)
        {
            n += double.IsNaN(v) ? 0 : 1;
        }
        return n;
    }

    internal static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
    }

    internal static double Min(ReadOnlySpan<double> x)
    {
        var min = double.NaN;
        foreach (var v in x)
        {
            if (!double.IsNaN(v) && !(v >= min))
            {
                min = v;
            }
        }
        return min;
    }

    internal static double Max(ReadOnlySpan<double> x)
    {
        var max = double.NaN;
        foreach (var v in x)
        {
            if (!double.IsNaN(v) && !(v <= max))
            {
                max = v;
            }
        }
        return max;
    }

    /// <summary>The median (R's <c>median</c>: the mean of the two middle values when the count is even).</summary>
    internal static double Median(ReadOnlySpan<double> x)
    {
        var n = Count(x);
        if (n == 0)
        {
            return double.NaN;
        }
        var sorted = new double[n];
        var k = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sorted[k++] = v;
            }
        }
        Array.Sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>The sample standard deviation (divisor n − 1, R's <c>sd</c>).</summary>
    internal static double StandardDeviation(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += (v - mean) * (v - mean);
                n++;
            }
        }
        return n < 2 ? double.NaN : Math.Sqrt(sum / (n - 1));
    }

    /// <summary>Skewness as COINr's <c>skew</c> (e1071's type 2, the adjusted Fisher–Pearson G1):
    /// √n·Σd³ / (Σd²)^{3/2} · √(n(n−1)) / (n−2), d = x − mean; NaN below 3 values.</summary>
    internal static double Skewness(ReadOnlySpan<double> x) => Shape(x).Skewness;

    /// <summary>Skewness and kurtosis from one pass over the deviations.</summary>
    internal static (double Skewness, double Kurtosis) Shape(ReadOnlySpan<double> x)
    {
        var (n, m2, m3, m4) = CentralSums(x);
        var skewness = double.NaN;
        var kurtosis = double.NaN;
        if (n >= 3)
        {
            var y = Math.Sqrt(n) * m3 / Math.Pow(m2, 1.5);
            skewness = y * Math.Sqrt(n * (n - 1)) / (n - 2);
        }
        if (n >= 4)
        {
            var r = n * m4 / (m2 * m2);
            kurtosis = (((n + 1) * (r - 3)) + 6) * (n - 1) / ((n - 2) * (n - 3));
        }
        return (skewness, kurtosis);
    }

    /// <summary>Excess kurtosis as COINr's <c>kurt</c> (e1071's type 2, G2): r = nΣd⁴/(Σd²)²,
    /// ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)); NaN below 4 values.</summary>
    internal static double Kurtosis(ReadOnlySpan<double> x) => Shape(x).Kurtosis;

    private static (double N, double S2, double S3, double S4) CentralSums(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double s2 = 0, s3 = 0, s4 = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                var d2 = d * d;
                s2 += d2;
                s3 += d2 * d;
                s4 += d2 * d2;
                n++;
            }
        }
        return (n, s2, s3, s4);
    }

    /// <summary>Ranks ascending with ties given the lowest rank (R's <c>rank(x, ties.method = "min", na.last =
    /// "keep")</c>): the smallest value gets 1; missing stays NaN.</summary>
    internal static void RankMin(ReadOnlySpan<double> x, Span<double> ranks)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                ranks[i] = double.NaN;
                continue;
            }
            var below = 1;
            foreach (var v in x)
            {
                below += v < x[i] ? 1 : 0;
            }
            ranks[i] = below;
        }
    }
}
