using System;
using System.Collections.Immutable;
using System.Linq;
using ParIndex.Utility;

namespace ParIndex.Methodologies;

/// <summary>
/// The official PAR Index methodologies by version (danh mục bộ chỉ số), embedded in the package with the source of every
/// figure: from 1294/QĐ-BNV (2012) to 892/QĐ-BNV (2024–).
/// </summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class MethodologyCatalog
{
    private static readonly Lazy<ImmutableArray<MethodologyVersion>> Loaded = new(CatalogReader.Load);
    private static readonly Lazy<ImmutableArray<Methodology>> LoadedSamples = new(CatalogReader.LoadSamples);

    /// <summary>Gets every version, by kind of unit and then by first year.</summary>
    public static ImmutableArray<MethodologyVersion> Versions => Loaded.Value;

    /// <summary>Gets complete custom methodologies shipped as examples of the JSON format, each naming its sources in
    /// its file: <c>CA-MAU-1880-2013-FRAGMENT</c> (a real fragment of Cà Mau's 1880/QĐ-UBND, 2013) and
    /// <c>SAMPLE-HUE-2019-TARGETS</c> (a sample, not an official index, built from Thừa Thiên Huế's 2019 plan targets).</summary>
    public static ImmutableArray<Methodology> Samples => LoadedSamples.Value;

    /// <summary>Finds the version in force for a kind of unit and an assessment year.</summary>
    /// <param name="subjectKind">Provinces or ministries.</param>
    /// <param name="assessmentYear">The year assessed (PAR Index 2023 is published in 2024).</param>
    /// <returns>The version whose years contain <paramref name="assessmentYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No version of the catalogue covers that kind and year; the message
    /// says which years are covered.</exception>
    public static MethodologyVersion For(SubjectKind subjectKind, int assessmentYear)
    {
        var candidates = Versions.Where(v => v.SubjectKind == subjectKind).ToList();
        return candidates.FirstOrDefault(v => v.Years.Contains(assessmentYear))
            ?? throw new ArgumentOutOfRangeException(
                nameof(assessmentYear),
                assessmentYear,
                candidates.Count == 0
                    ? Invariant.Format($"The catalogue has no {subjectKind} methodology.")
                    : Invariant.Format($"No {subjectKind} methodology of the catalogue covers assessment year {assessmentYear}; it covers {string.Join(", ", candidates.Select(v => v.Years.ToString()))}."));
    }
}
