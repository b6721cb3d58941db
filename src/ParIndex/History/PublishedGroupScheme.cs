using ParIndex.Rankings;

namespace ParIndex.History;

/// <summary>The groups (xếp nhóm) the Ministry of Home Affairs published with one year's provincial index, with the
/// source that states the thresholds; <see cref="Scheme"/> is <see langword="null"/> where no source was found.</summary>
/// <remarks>The thresholds changed over the years: A ≥ 90 / B 80–&lt;90 / C 70–&lt;80 for PAR Index 2015, 2016, 2021,
/// 2022 and 2024, but A ≥ 80 / B 75–&lt;80 / C 70–&lt;75 / D &lt; 70 for 2018. Groups of other years are not guessed
/// (2012 used no fixed thresholds; 2023 only named its seven group-A provinces), and SIPAS publishes no groups.
/// Immutable.</remarks>
internal sealed class PublishedGroupScheme
{
    private static readonly GroupScheme TwoThousandSixteen = new([new Group("A", 90m), new Group("B", 80m), new Group("C", 70m), new Group("D", 0m)]);

    private static readonly GroupScheme TwoThousandEighteen = new([new Group("A", 80m), new Group("B", 75m), new Group("C", 70m), new Group("D", 0m)]);

    private PublishedGroupScheme()
    {
    }

    /// <summary>Gets the index.</summary>
    public PublishedIndex Index { get; private init; }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; private init; }

    /// <summary>Gets the year's groups, or <see langword="null"/> when no source states them.</summary>
    public GroupScheme? Scheme { get; private init; }

    /// <summary>Gets the source of the thresholds, or why there are none.</summary>
    public string Source { get; private init; } = null!;

    /// <summary>Finds the groups published with an index in an assessment year.</summary>
    /// <param name="index">The index.</param>
    /// <param name="year">The assessed year.</param>
    /// <returns>The scheme with its source; its <see cref="Scheme"/> is <see langword="null"/> when unknown.</returns>
    public static PublishedGroupScheme For(PublishedIndex index, int year)
    {
        var (scheme, source) = (index, year) switch
        {
            (PublishedIndex.Sipas, _) => ((GroupScheme?)null, "SIPAS is published without groups"),
            // "Nhóm A ≥ 90%, Nhóm B 80% – <90%, Nhóm C 70% – <80%" (no province below 70 that year).
            (_, 2015) => (GroupScheme.Ministry, "bqlkktcn.thuathienhue.gov.vn/?cn=115&gd=20&tc=1350; m.baophapluat.vn/ngan-hang-nha-nuoc-da-nang-dan-dau-ve-cai-cach-hanh-chinh-post224282.html"),
            // "Nhóm A có Chỉ số CCHC trên 90%, Nhóm B từ 80% đến dưới 90% …, Nhóm C từ 70% đến dưới 80% … và Nhóm D … dưới 70%".
            (_, 2016) => (TwoThousandSixteen, "http://sonoivu.bacgiang.gov.vn/node/405 (Sở Nội vụ Bắc Giang)"),
            // "Nhóm A đạt từ 80% trở lên … Nhóm B đạt từ 75% đến dưới 80%; Nhóm C đạt từ 70% đến dưới 75%. Nhóm D đạt dưới 70%" —
            // one provincial source (Sơn La), not confirmed by a second.
            (_, 2018) => (TwoThousandEighteen, "http://susta.vn/bai-viet-Chi-so-CCHC-nm-2018-cua-tinh-Son-La-1589.html (one provincial source, Sơn La; unconfirmed)"),
            (_, 2021) => (GroupScheme.Ministry, "baosonla.org.vn/vi/bai-viet/son-la-dung-thu-6-ve-chi-so-sipas-va-thu-15-ve-chi-so-cchc-50424"),
            (_, 2022) => (GroupScheme.Ministry, "sggp.org.vn/nguoi-dan-quan-tam-nhieu-nhat-den-chinh-sach-kham-chua-benh-post686349.html"),
            (_, 2024) => (GroupScheme.Ministry, "vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp (Nhóm A ≥ 90%: 13, Nhóm B 80% – <90%: 50)"),
            _ => (null, Invariant.Format($"no source found for the group thresholds of {index} {year}")),
        };
        return new() { Index = index, Year = year, Scheme = scheme, Source = source };
    }

    /// <summary>Formats as "Par 2018: A (≥ 80), B (≥ 75), C (≥ 70), D (≥ 0) — source".</summary>
    /// <returns>Index, year, groups or "unknown", and the source.</returns>
    public override string ToString() =>
        Invariant.Format($"{Index} {Year}: {(Scheme is null ? "groups unknown" : string.Join(", ", Scheme.Groups))} — {Source}");
}
