using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using ParIndex.History;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;
using ParIndex.Targets;

// The main job on embedded data, until the command-line tool exists: score three units on a real methodology
// fragment and explain every point, rank the published PAR Index 2023 values and check the order reproduces, then
// evaluate the embedded reform plans' targets against the published record.
Console.OutputEncoding = Encoding.UTF8;

// The fragment ships in the library as a sample methodology (JSON): one copy of the data, read as a user reads their own.
var methodology = Methodology.Samples.Single(m => m.Id == "CA-MAU-1880-2013-FRAGMENT");
Console.WriteLine($"Methodology: {methodology.Title} — {methodology.LegalBasis}, {methodology.Leaves.Length} leaves, {methodology.MaxPoints} points");
Console.WriteLine();

var units = new[]
{
    Report("A", "Sở A", new LocalDate(2022, 12, 20), [true, true], true, 95m, [true, true], false),
    Report("B", "Sở B", new LocalDate(2023, 2, 15), [true, false], true, 90m, [true, false], true),
    Report("C", "Sở C", null, null, false, 69.99m, [true, true], true),
};
var scorecards = new Scorer(methodology).ScoreAll(units);
foreach (var card in scorecards)
{
    Console.WriteLine(card);
    foreach (var explanation in card.Explanations)
    {
        Console.WriteLine("    " + explanation.Text);
    }
}
Console.WriteLine();
Console.WriteLine("Ranking of the three units (standard competition ties, two decimals):");
foreach (var row in Ranking.ByIndex(scorecards).Entries)
{
    Console.WriteLine("    " + row);
}

Console.WriteLine();
Console.WriteLine("PAR Index 2023, published values re-ranked (the embedded record's rows with value and rank; groups A ≥ 90, B 80–<90):");
var par2023 = PublishedRecord.Results(PublishedIndex.Par, 2023).Rows.Where(r => r is { Value: not null, Rank: not null }).ToList();
var ranking = Ranking.Create(par2023.Select(r => new UnitValue(AssessedUnit.Of(r.Province), r.Value!.Value)));
var publishedOrder = par2023.OrderBy(r => r.Rank).Select(r => r.Province.Code);
foreach (var row in ranking.Entries)
{
    var published = par2023.Single(r => r.Province.Code == row.Unit.Code);
    Console.WriteLine($"    {row.Rank,2} (published {published.Rank,2}/63)  {row.Unit.Name,-20} {row.RankedValue,6:0.00}  group {row.Group?.Name ?? "-"}");
}
var report = ValidationReport.Validate(par2023, PublishedRecord.Aggregates);
var reproduces = ranking.Entries.Select(e => e.Unit.Code).SequenceEqual(publishedOrder) && report.IsValid;
Console.WriteLine(reproduces ? "    The published order reproduces." : "    The published order does NOT reproduce:\n" + report);

Console.WriteLine();
Console.WriteLine("The five seed reform plans against the published record alone (targets no public data answers are counted unknown):");
foreach (var plan in ReformPlan.Seeds)
{
    var evaluations = plan.Evaluate([], new LocalDate(2026, 1, 1));
    int Count(TargetStatus status) => evaluations.Count(e => e.Status == status);
    Console.WriteLine(FormattableString.Invariant($"    {plan.Id} on 2026-01-01: {Count(TargetStatus.Met)} met, {Count(TargetStatus.NotMet)} missed, {Count(TargetStatus.NotYetDue)} not yet due, {Count(TargetStatus.NoData)} unknown; {evaluations.Count(e => e.IsAtRisk)} at risk"));
    foreach (var evaluation in evaluations.Where(e => e.Target.Indicator.Published is not null))
    {
        Console.WriteLine("        " + evaluation.Target.Id + " " + evaluation.Goal + " by " + evaluation.Target.Deadline + ": " + evaluation.Explanation);
    }
}
return reproduces ? 0 : 1;

static ReportedIndicators Report(string code, string name, LocalDate? planIssued, bool[]? tasksAndFunds, bool resultsDefined, decimal planDone, bool[] reportsOnTime, bool reportsComplete) =>
    new(new AssessedUnit(code, name), 2023, new Dictionary<string, IndicatorValue>
    {
        ["1.1.1"] = planIssued is { } date ? IndicatorValue.Completed(date) : IndicatorValue.NotCompleted,
        ["1.1.2"] = tasksAndFunds is null ? IndicatorValue.NotApplicable : IndicatorValue.Conditions(tasksAndFunds),
        ["1.1.3"] = IndicatorValue.Flag(resultsDefined),
        ["1.1.4"] = IndicatorValue.Percent(planDone),
        ["1.2.1"] = IndicatorValue.Conditions(reportsOnTime),
        ["1.2.2"] = IndicatorValue.Flag(reportsComplete),
    });
