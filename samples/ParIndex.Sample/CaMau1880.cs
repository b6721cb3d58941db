using NodaTime;
using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.Sample;

/// <summary>
/// A real methodology fragment (shared with the tests, which compile this file too): criteria 1.1 and 1.2 of area 1 of Cà Mau's Quyết định 1880/QĐ-UBND (2013), with
/// the maxima and rule texts as printed (source
/// https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx).
/// </summary>
/// <remarks>
/// The decision gives area 1 twenty points, but only criteria 1.1 (5) and 1.2 (2) are sourced row by row; 1.3 (3)
/// and the rest are not. The fragment's area therefore has the 7 points of its two sourced criteria.
/// The decision leaves the due date of the annual plan (1.1.1) to provincial guidance; these tests assume
/// 31 December of the year before the assessment year.
/// </remarks>
internal static class CaMau1880
{
    public static readonly AnnualDate PlanDue = new(12, 31);

    public static Methodology Fragment { get; } = new(
        id: "CA-MAU-1880-2013-FRAGMENT",
        title: "Chỉ số CCHC Cà Mau (1880/QĐ-UBND), lĩnh vực 1, tiêu chí 1.1–1.2",
        subjectKind: SubjectKind.Custom,
        years: AssessmentYears.From(2013),
        maxPoints: 7m,
        legalBasis: new LegalBasis("1880/QĐ-UBND", title: "Xác định Chỉ số Cải cách hành chính"),
        areas:
        [
            new Area
            {
                Code = "1",
                Name = "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
                EnglishName = "Direction and management of PAR",
                MaxPoints = 7m,
                Criteria =
                [
                    new Criterion
                    {
                        Code = "1.1",
                        Name = "Kế hoạch CCHC năm",
                        MaxPoints = 5m,
                        SubCriteria =
                        [
                            new Criterion
                            {
                                // "Ban hành kịp thời: 1 / Ban hành không kịp thời: 0,5 / Không ban hành: 0"
                                Code = "1.1.1",
                                Name = "Ban hành kế hoạch CCHC năm",
                                MaxPoints = 1m,
                                Rule = ScoringRule.Timeliness(PlanDue, -1, onTimePoints: 1m, latePoints: 0.5m, notDonePoints: 0m),
                            },
                            new Criterion
                            {
                                // "Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1 / Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí: 0"
                                Code = "1.1.2",
                                Name = "Xác định đầy đủ các nhiệm vụ CCHC trên các lĩnh vực theo kế hoạch năm của UBND tỉnh và bố trí kinh phí thực hiện",
                                MaxPoints = 1m,
                                Rule = ScoringRule.AllConditions(1m, "Xác định đầy đủ nhiệm vụ", "Có bố trí kinh phí"),
                            },
                            new Criterion
                            {
                                // "Đạt yêu cầu: 1 / Không đạt yêu cầu: 0"
                                Code = "1.1.3",
                                Name = "Các kết quả phải đạt được xác định rõ ràng, cụ thể và định rõ trách nhiệm triển khai của phòng, ban, đơn vị trực thuộc",
                                MaxPoints = 1m,
                                Rule = ScoringRule.YesNo(1m),
                            },
                            new Criterion
                            {
                                // "Thực hiện trên 90% kế hoạch: 2 / Thực hiện từ 70% - 90% kế hoạch: 1 / Dưới 70% kế hoạch: 0"
                                Code = "1.1.4",
                                Name = "Mức độ thực hiện kế hoạch CCHC",
                                MaxPoints = 2m,
                                Rule = ScoringRule.PercentBands(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m)),
                            },
                        ],
                    },
                    new Criterion
                    {
                        Code = "1.2",
                        Name = "Báo cáo CCHC",
                        MaxPoints = 2m,
                        SubCriteria =
                        [
                            new Criterion
                            {
                                // "Đủ số lượng và đúng thời gian quy định: 1 / Không đủ số lượng báo cáo hoặc không đúng thời gian quy định: 0"
                                Code = "1.2.1",
                                Name = "Tất cả báo cáo được gửi đúng thời gian quy định (báo cáo quí I, quí III, báo cáo 6 tháng và báo cáo năm)",
                                MaxPoints = 1m,
                                Rule = ScoringRule.AllConditions(1m, "Đủ số lượng", "Đúng thời gian quy định"),
                            },
                            new Criterion
                            {
                                // "Đạt yêu cầu: 1 / Không đạt yêu cầu: 0"
                                Code = "1.2.2",
                                Name = "Tất cả báo cáo có đầy đủ nội dung theo hướng dẫn",
                                MaxPoints = 1m,
                                Rule = ScoringRule.YesNo(1m),
                            },
                        ],
                    },
                ],
            },
        ]);
}
