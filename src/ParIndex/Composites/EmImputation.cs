namespace ParIndex.Composites;

/// <summary>Imputation of a whole table by the EM algorithm for the multivariate normal (A. P. Dempster, N. M. Laird,
/// D. B. Rubin, "Maximum likelihood from incomplete data via the EM algorithm", J. R. Stat. Soc. B 39 (1977); R. J. A.
/// Little, D. B. Rubin, Statistical Analysis with Missing Data, 2nd ed. 2002, §11.2): the mean and covariance are
/// estimated by maximum likelihood from every value present, and each missing value takes its conditional expectation
/// given the row's values present. This is the multivariate method COINr's <c>impute_by = "df"</c> is shown with
/// (its imputation vignette calls Amelia's EM); Amelia then draws around the expectation, this keeps the expectation,
/// so that the same data always gives the same values.</summary>
internal static class EmImputation
{
    /// <summary>At most this many iterations; EM converges linearly, at a rate set by the share of missing information.</summary>
    internal const int MaxIterations = 2_000;

    /// <summary>Converged when no mean or covariance moves by more than this, relative to the spread of its columns.</summary>
    internal const double Tolerance = 1e-12;

    /// <summary>Fills the missing values (NaN) of rows × columns in place; columns without any value stay missing.
    /// Returns a problem when the covariance of the values present cannot be inverted (a constant column, columns that
    /// move together exactly, or too few rows) or the iteration does not converge.</summary>
    internal static string? Fill(double[][] x)
    {
        var n = x.Length;
        var p = n == 0 ? 0 : x[0].Length;
        var observed = new bool[p];
        var anyMissing = false;
        foreach (var row in x)
        {
            for (var j = 0; j < p; j++)
            {
                observed[j] |= !double.IsNaN(row[j]);
                anyMissing |= double.IsNaN(row[j]);
            }
        }
        var columns = Array.FindAll(Indices(p), j => observed[j]);
        if (!anyMissing || columns.Length == 0)
        {
            return null;
        }
        var q = columns.Length;
        var y = new double[n][];
        for (var i = 0; i < n; i++)
        {
            y[i] = new double[q];
            for (var k = 0; k < q; k++)
            {
                y[i][k] = x[i][columns[k]];
            }
        }
        var (mean, cov) = Start(y);
        var filled = new double[n][];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var extra = new double[q, q];
            if (Expect(y, mean, cov, filled, extra) is { } problem)
            {
                return problem;
            }
            var (nextMean, nextCov) = Maximise(filled, extra);
            var converged = Close(mean, nextMean, cov, nextCov);
            (mean, cov) = (nextMean, nextCov);
            if (converged)
            {
                if (Expect(y, mean, cov, filled, new double[q, q]) is { } last)
                {
                    return last;
                }
                for (var i = 0; i < n; i++)
                {
                    for (var k = 0; k < q; k++)
                    {
                        x[i][columns[k]] = filled[i][k];
                    }
                }
                return null;
            }
        }
        return Invariant.Format($"the EM algorithm did not converge in {MaxIterations} iterations");
    }

    private static int[] Indices(int p)
    {
        var indices = new int[p];
        for (var j = 0; j < p; j++)
        {
            indices[j] = j;
        }
        return indices;
    }

    /// <summary>The means and variances of the values present, no covariance: where the iteration starts.</summary>
    private static (double[] Mean, double[,] Cov) Start(double[][] y)
    {
        var q = y[0].Length;
        var mean = new double[q];
        var cov = new double[q, q];
        var column = new double[y.Length];
        for (var k = 0; k < q; k++)
        {
            for (var i = 0; i < y.Length; i++)
            {
                column[i] = y[i][k];
            }
            mean[k] = ColumnMath.Mean(column);
            var count = ColumnMath.Count(column);
            var sd = ColumnMath.StandardDeviation(column);
            cov[k, k] = count < 2 ? 0 : sd * sd * (count - 1) / count;
        }
        return (mean, cov);
    }

    /// <summary>The E step: each row completed by its conditional expectation; the conditional covariances of its missing
    /// values added to <paramref name="extra"/>.</summary>
    private static string? Expect(double[][] y, double[] mean, double[,] cov, double[][] filled, double[,] extra)
    {
        var q = mean.Length;
        var present = new int[q];
        var missing = new int[q];
        for (var i = 0; i < y.Length; i++)
        {
            var row = y[i];
            filled[i] = (double[])row.Clone();
            int o = 0, m = 0;
            for (var k = 0; k < q; k++)
            {
                if (double.IsNaN(row[k]))
                {
                    missing[m++] = k;
                }
                else
                {
                    present[o++] = k;
                }
            }
            if (m == 0)
            {
                continue;
            }
            // B = Σ_OO⁻¹ Σ_OM, by the Cholesky factor of Σ_OO.
            var l = new double[o, o];
            if (!Cholesky(cov, present, o, l))
            {
                return "the EM algorithm needs the covariance of the values present to be invertible, and it is not "
                    + "(a constant indicator, indicators that move together exactly, or fewer units than indicators)";
            }
            var residual = new double[o];
            for (var a = 0; a < o; a++)
            {
                residual[a] = row[present[a]] - mean[present[a]];
            }
            var weights = Solve(l, o, residual); // Σ_OO⁻¹ (y_O − μ_O)
            var column = new double[o];
            var b = new double[o, m];
            for (var c = 0; c < m; c++)
            {
                for (var a = 0; a < o; a++)
                {
                    column[a] = cov[present[a], missing[c]];
                }
                var solved = Solve(l, o, column);
                for (var a = 0; a < o; a++)
                {
                    b[a, c] = solved[a];
                }
            }
            for (var c = 0; c < m; c++)
            {
                var value = mean[missing[c]];
                for (var a = 0; a < o; a++)
                {
                    value += cov[missing[c], present[a]] * weights[a];
                }
                filled[i][missing[c]] = value;
                for (var d = 0; d < m; d++)
                {
                    var conditional = cov[missing[c], missing[d]];
                    for (var a = 0; a < o; a++)
                    {
                        conditional -= cov[missing[c], present[a]] * b[a, d];
                    }
                    extra[missing[c], missing[d]] += conditional;
                }
            }
        }
        return null;
    }

    /// <summary>The M step: the mean and the covariance (divisor n, maximum likelihood) of the completed rows, plus the
    /// conditional covariances of the values filled.</summary>
    private static (double[] Mean, double[,] Cov) Maximise(double[][] filled, double[,] extra)
    {
        var n = filled.Length;
        var q = filled[0].Length;
        var mean = new double[q];
        foreach (var row in filled)
        {
            for (var k = 0; k < q; k++)
            {
                mean[k] += row[k] / n;
            }
        }
        var cov = new double[q, q];
        foreach (var row in filled)
        {
            for (var a = 0; a < q; a++)
            {
                for (var b = 0; b < q; b++)
                {
                    cov[a, b] += (row[a] - mean[a]) * (row[b] - mean[b]);
                }
            }
        }
        for (var a = 0; a < q; a++)
        {
            for (var b = 0; b < q; b++)
            {
                cov[a, b] = (cov[a, b] + extra[a, b]) / n;
            }
        }
        return (mean, cov);
    }

    /// <summary>The lower Cholesky factor of the rows and columns <paramref name="at"/> of a covariance; false when it is
    /// not positive definite: a pivot below 10⁻¹⁰ of its own variance, that is a column all but a linear function of the
    /// ones before it (relative to its own variance, so that rescaling a column changes nothing).</summary>
    private static bool Cholesky(double[,] cov, int[] at, int o, double[,] l)
    {
        for (var a = 0; a < o; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var sum = cov[at[a], at[b]];
                for (var k = 0; k < b; k++)
                {
                    sum -= l[a, k] * l[b, k];
                }
                if (a == b)
                {
                    if (!(sum > 1e-10 * cov[at[a], at[a]]))
                    {
                        return false;
                    }
                    l[a, a] = Math.Sqrt(sum);
                }
                else
                {
                    l[a, b] = sum / l[b, b];
                }
            }
        }
        return true;
    }

    /// <summary>Solves L Lᵀ z = v.</summary>
    private static double[] Solve(double[,] l, int o, double[] v)
    {
        var z = new double[o];
        for (var a = 0; a < o; a++)
        {
            var sum = v[a];
            for (var k = 0; k < a; k++)
            {
                sum -= l[a, k] * z[k];
            }
            z[a] = sum / l[a, a];
        }
        for (var a = o - 1; a >= 0; a--)
        {
            var sum = z[a];
            for (var k = a + 1; k < o; k++)
            {
                sum -= l[k, a] * z[k];
            }
            z[a] = sum / l[a, a];
        }
        return z;
    }

    /// <summary>Whether no mean moved by more than <see cref="Tolerance"/> standard deviations and no covariance by more
    /// than that share of √(σₐₐσ_bb): in the data's own units, so that rescaling a column changes nothing.</summary>
    private static bool Close(double[] mean, double[] nextMean, double[,] cov, double[,] nextCov)
    {
        var q = mean.Length;
        for (var a = 0; a < q; a++)
        {
            var sa = Math.Sqrt(nextCov[a, a]);
            if (!(Math.Abs(nextMean[a] - mean[a]) <= Tolerance * sa))
            {
                return false;
            }
            for (var b = 0; b < q; b++)
            {
                if (!(Math.Abs(nextCov[a, b] - cov[a, b]) <= Tolerance * sa * Math.Sqrt(nextCov[b, b])))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
