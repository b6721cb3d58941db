using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit's scorecard point by point: every leaf's input, rule, status and points,
/// and the sums of its criteria and areas.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var input = new ScoredInput();
        var unit = Options.Unit();
        var assessment = new Option<System.IO.FileInfo?>("--assessment", "-a") { Description = "Instead of indicators: an assessment record, CSV or an Excel workbook (unit,name,year,code,self,appraised,reason,evidence,survey) to show self-assessed against appraised points and leaves without evidence." };
        var command = new Command("explain", "Explain one unit's points: every leaf's input, rule and points, not-applicable and missing leaves, and the sums.\n" +
            "Examples:\n  parindex explain --methodology CA-MAU-1880-2013-FRAGMENT --indicators samples/data/indicators-ca-mau-fragment.csv --unit C\n" +
            "  parindex explain --methodology CA-MAU-1880-2013-FRAGMENT --assessment samples/data/assessment-ca-mau-fragment.csv")
        {
            input.Methodology, input.Indicators, unit, assessment,
        };
        CommandContext.Bind(command, context =>
        {
            if (context.Parse.GetValue(assessment) is { } file)
            {
                context.Write(Appraisal(context, input, file, context.Parse.GetValue(unit)));
                return ExitCodes.Ok;
            }
            var (_, scorecards) = input.Score(context);
            context.Write(Tables(Pick(scorecards, context.Parse.GetValue(unit), c => c.Unit.Code)));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A scorecard point by point: every leaf, then the sums of its criteria and areas (also the report's
    /// explanation of a unit). Where the methodology takes a weighted mean anywhere, both tables add each node's weight
    /// and the share of its parent's mean it took (<see cref="NodeScore.WeightShare"/>), and the sums say how each node
    /// combines its children.</summary>
    internal static ResultTable[] Tables(Scorecard card)
    {
        var weighted = UsesWeights(card.Methodology);
        string[] weightColumns = weighted ? ["weight", "share"] : [];
        var leaves = new ResultTable(
            "leaves",
            $"{card.Unit.Code} {card.Unit.Name} {card.Year}: every point",
            ["code", "criterion", "status", "input", "points", "max_points", "explanation", .. weightColumns],
            card.Nodes.Where(n => n.Node.IsLeaf).Select(n => LeafRow(n, weighted)),
            [
                FormattableString.Invariant($"Total {card.Points} of {card.MaxPoints} applicable points → index {Figures.Index(card.RoundedIndex)} (exact {card.Index.ToString(CultureInfo.InvariantCulture)})."),
                "Leaves not applicable to the unit leave the maxima of their criteria and areas; missing leaves are errors unless scored as zero.",
            ]);
        var sums = new ResultTable(
            "nodes",
            "Criteria and areas",
            ["code", "name", "points", "max_points", "percent", .. weighted ? (string[])["combines", .. weightColumns] : []],
            card.Nodes.Where(n => !n.Node.IsLeaf).Select(n => (object?[])
            [
                n.Code, n.Node.Name, n.Points, n.MaxPoints, Figures.Index(n.Percent), .. weighted ? (object?[])[Combines(n.Node.Aggregation), .. Weight(n, weighted)] : [],
            ]),
            weighted
                ? [
                    $"{card.Methodology.Id} combines its areas by {Combines(card.Methodology.Aggregation)}.",
                    "A weighted mean takes Σ wᵢ × pᵢ ÷ Σ wᵢ of its children's percentages pᵢ, as that share of its own maximum; a child's share is its weight ÷ the weights of its applicable siblings (a child to which nothing applies leaves the mean).",
                ]
                : null);
        return [leaves, sums];
    }

    /// <summary>A leaf's row: its input, rule, status and points (from its explanation), and its weight where used.</summary>
    private static object?[] LeafRow(NodeScore leaf, bool weighted)
    {
        var e = leaf.Explanation!; // every leaf of a scorecard has one
        return [e.Leaf.Code, e.Leaf.Name, Status(e.Status), e.Input?.ToString(), e.Points, e.Leaf.MaxPoints, e.Text, .. Weight(leaf, weighted)];
    }

    /// <summary>Whether any node of the methodology, or the methodology itself, combines its children by a weighted mean.</summary>
    private static bool UsesWeights(Methodologies.Methodology methodology) =>
        methodology.Aggregation != Methodologies.Aggregation.SumOfPoints
        || methodology.Nodes.Any(n => n.Aggregation != Methodologies.Aggregation.SumOfPoints);

    /// <summary>The weight and share cells of a node: its declared weight, and the share it took, to four decimals.</summary>
    private static object?[] Weight(NodeScore node, bool weighted) =>
        weighted ? [node.Node.Weight, node.WeightShare is { } share ? decimal.Round(share, 4) : null] : [];

    private static string Combines(Methodologies.Aggregation aggregation) => aggregation switch
    {
        Methodologies.Aggregation.SumOfPoints => "sum of points",
        Methodologies.Aggregation.WeightedMean => "weighted mean (weights sum to 1)",
        Methodologies.Aggregation.NormalisedWeightedMean => "weighted mean (weights normalised)",
        _ => aggregation.ToString(),
    };

    private static ResultTable[] Appraisal(CommandContext context, ScoredInput input, System.IO.FileInfo file, string? unit)
    {
        var loaded = input.Load(context, "give the methodology the assessment follows");
        var record = Pick(ReadAssessments(file, context.Csv, context.Sheet), unit, r => r.Unit.Code);
        Assessments.AppraisalResult result;
        try
        {
            result = record.Appraise(new Scorer(loaded));
        }
        catch (DiagnosticException e)
        {
            throw new CliException($"the assessment does not fit {loaded.Id}", file.ToString(), e, e.Diagnostics);
        }
        var adjusted = result.Adjustments.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var withoutEvidence = result.LeavesWithoutEvidence.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var rows = record.Leaves.Select(l => new object?[]
        {
            l.Code,
            loaded.Find(l.Code)?.Name,
            l.NotApplicable ? "n/a" : l.SurveyPercent is { } survey ? FormattableString.Invariant($"survey {survey}%") : l.SelfScore,
            result.Appraised[l.Code].Points,
            loaded.Find(l.Code)?.MaxPoints,
            adjusted.TryGetValue(l.Code, out var change) ? FormattableString.Invariant($"{change.From} → {change.To}: {change.Reason}") : null,
            string.Join("; ", l.Evidence.Select(e => e.DocumentNumber)),
            withoutEvidence.Contains(l.Code) ? "no evidence" + (l.Explanation is { } why ? ": " + why : string.Empty) : null,
        });
        return
        [
            new ResultTable(
                "appraisal",
                $"{record.Unit.Code} {record.Unit.Name} {record.Year}: self-assessed against appraised",
                ["code", "criterion", "self", "appraised", "max_points", "change", "evidence", "note"],
                rows,
                [
                    FormattableString.Invariant($"Self-assessed {result.SelfAssessed.Points} of {result.SelfAssessed.MaxPoints} → {Figures.Index(result.SelfAssessed.RoundedIndex)}; appraised {result.Appraised.Points} of {result.Appraised.MaxPoints} → {Figures.Index(result.Appraised.RoundedIndex)}."),
                    FormattableString.Invariant($"Bonus {result.BonusApplied}, penalty {result.PenaltyApplied} (capped by {loaded.Id}); the index with them: {Figures.Index(result.RoundedIndex)}."),
                    FormattableString.Invariant($"{result.Adjustments.Length} score(s) changed by the appraisal; {result.LeavesWithoutEvidence.Length} self-assessed leaf/leaves cite no evidence."),
                ]),
        ];
    }

    internal static T Pick<T>(System.Collections.Generic.IReadOnlyList<T> units, string? unit, Func<T, string> code)
    {
        if (unit is null)
        {
            return units.Count == 1
                ? units[0]
                : throw new CliException($"the files hold {units.Count} units; choose one with --unit ({string.Join(", ", units.Select(code))})", "--unit");
        }
        return units.FirstOrDefault(u => string.Equals(code(u), unit, StringComparison.Ordinal))
            ?? throw new CliException($"no unit {CellText.Quote(unit)} in the input files; units: {string.Join(", ", units.Select(code))}", "--unit");
    }

    private static string Status(LeafStatus status) => status switch
    {
        LeafStatus.Scored => "scored",
        LeafStatus.GivenPoints => "given points",
        LeafStatus.NotApplicable => "not applicable",
        LeafStatus.MissingScoredZero => "missing (scored 0)",
        LeafStatus.NoSurvey => "no survey",
        _ => status.ToString(),
    };

    private static System.Collections.Immutable.ImmutableArray<Assessments.AssessmentRecord> ReadAssessments(System.IO.FileInfo file, ParIndex.Csv.CsvOptions csv, string? sheet)
    {
        using var stream = Input.InputFile.Open(file);
        return Input.InputFile.ValueOrThrow(
            Input.InputFile.IsWorkbook(file, stream) ? ParIndex.Excel.AssessmentsXlsx.Read(stream, sheet, file.ToString()) : ParIndex.Csv.AssessmentsCsv.Read(stream, csv, file.ToString()),
            file, "assessment");
    }
}
