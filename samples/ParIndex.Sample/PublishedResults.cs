using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Sample;

/// <summary>
/// Published PAR Index 2023 values of the provinces whose value and rank were both found, as read in the sources named
/// beside each row (../shared/reference/data/par-index-provinces.csv). Not a full table: no year has all 63 rows yet.
/// </summary>
internal static class PublishedResults
{
    public static (UnitValue Value, int PublishedRank, string Source)[] Par2023 { get; } =
    [
        (new(new AssessedUnit("22", "Quảng Ninh"), 92.18m), 1, "https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/"),
        (new(new AssessedUnit("31", "Hải Phòng"), 91.87m), 2, "https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/"),
        (new(new AssessedUnit("01", "Hà Nội"), 91.43m), 3, "https://www.vietnamplus.vn/par-index-2023-quang-ninh-dung-dau-ha-noi-hai-nam-lien-tiep-giu-vi-tri-thu-3-post940874.vnp"),
        (new(new AssessedUnit("24", "Bắc Giang"), 91.16m), 4, "https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/"),
        (new(new AssessedUnit("77", "Bà Rịa - Vũng Tàu"), 91.03m), 5, "https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/"),
        (new(new AssessedUnit("19", "Thái Nguyên"), 90.76m), 6, "https://cafef.vn/thai-nguyen-lien-tuc-giu-vi-tri-cao-trong-cac-bang-xep-hang-ve-cai-cach-hanh-chinh-188240417183045696.chn"),
        (new(new AssessedUnit("15", "Yên Bái"), 88.86m), 10, "https://bandantoc.yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=258&l=Tinhoatdong"),
        (new(new AssessedUnit("46", "Thừa Thiên Huế"), 88.38m), 17, "https://thuathienhue.gov.vn/en-us/Home/General-Information/Administrative-Organization/tid/Thua-Thien-Hue's-PAR-INDEX-2023-released/newsid/CEB72639-8E30-479B-B576-B15700A13677/cid/A188E73D-A1A6-4843-A990-C4E40BC3B182"),
        (new(new AssessedUnit("96", "Cà Mau"), 86.89m), 34, "https://baocamau.vn/ca-mau-dung-hang-32-chi-so-cai-cach-hanh-chinh-a32186.html"),
        (new(new AssessedUnit("49", "Quảng Nam"), 84.60m), 56, "https://www.vietnam.vn/ja/quang-nam-tang-diem-thang-hang-par-index-va-sipas"),
        (new(new AssessedUnit("60", "Bình Thuận"), 81.87m), 61, "https://www.vietnam.vn/ja/quang-nam-tang-diem-thang-hang-par-index-va-sipas"),
        (new(new AssessedUnit("94", "Sóc Trăng"), 81.70m), 62, "https://www.vietnam.vn/ja/quang-nam-tang-diem-thang-hang-par-index-va-sipas"),
        (new(new AssessedUnit("89", "An Giang"), 81.32m), 63, "https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/"),
    ];
}
