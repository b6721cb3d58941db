using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.Analysis;
using ParIndex.History;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Scoring;
using ParIndex.Targets;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex gap</c>: what a unit needs to reach a rank, a group or an index — among scored units (points
/// lost per area and leaf, each leaf's least change that closes the gap alone, the cheapest combination) or among a
/// published year's values.</summary>
internal static class GapCommand
{
    public static Command Create()
    {
        var input = new ScoredInput();
        var unit = Options.Unit();
        var year = Options.Year("Instead of indicators: a published year of the PAR Index, e.g. 2023.");
        var province = Options.Province("With --year: the province, e.g. \"Cà Mau\".");
        var rank = new Option<int?>("--rank") { Description = "Target: rank N or better." };
        var group = new Option<string?>("--group") { Description = "Target: this group or better (A ≥ 90, B ≥ 80, C ≥ 70)." };
        var index = NumberOptions.Within(new Option<decimal?>("--index-at-least", "--index") { Description = "Target: an index of at least X (0–100)." }, 0m, 100m, NotAnIndex);
        var ties = Options.Ties();
        var exact = new Option<bool>("--exact") { Description = "Rank exact indices rather than indices rounded to the published two decimals." };
        var plan = new Option<string?>("--plan") { Description = "Target: a reform plan's target on the PAR Index (top N, a group, at least X %), with --target; a seed plan's id or a plans JSON file. Against the published record by default: the target's deadline year and the plan's province." };
        var planTarget = new Option<string?>("--target") { Description = "With --plan: the target's id, e.g. hue-01." };
        var costs = new Option<string[]>("--cost") { Description = "The cost of a point on a leaf, CODE=COST (e.g. 1.4=10); 1 for leaves not named.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("gap", "What it takes to reach a target: points needed (exact and at two decimals), points lost per area and leaf, each leaf's least change that closes the gap alone, the cheapest combination.\n" +
            "Examples:\n  parindex gap --methodology CA-MAU-1880-2013-FRAGMENT --indicators samples/data/indicators-ca-mau-fragment.csv --unit B --rank 1\n" +
            "  parindex gap --year 2023 --province \"Cà Mau\" --rank 20\n" +
            "  parindex gap --plan thua-thien-hue-2019 --target hue-01 --year 2020")
        {
            input.Methodology, input.Indicators, unit, year, province, rank, group, index, ties, exact, costs, plan, planTarget,
        };
        CommandContext.Bind(command, context =>
        {
            var ranking = new RankingOptions { Ties = context.Parse.GetValue(ties), Decimals = context.Parse.GetValue(exact) ? null : 2 };
            var fromPlan = PlanTarget(context, plan, planTarget, [rank, group, index]);
            var target = fromPlan is null ? Target(context, rank, group, index) : GapTarget.For(fromPlan.Value.Target);
            var scored = input.Given(context);
            var publishedYear = context.Parse.GetValue(year) ?? (scored ? null : fromPlan?.Target.Deadline.Year);
            if (publishedYear is { } published)
            {
                context.NotReadBy("a published value (give --indicators too to score a unit)", input.Methodology, unit, costs);
                var name = context.Parse.GetValue(province) ?? fromPlan?.Plan.Province.Name ?? context.Required(province, "give the province with --province");
                Published(context, published, name, target, ranking, context.Parse.GetValue(year) is null ? null : context.Typed(year));
                return ExitCodes.Ok;
            }
            var (_, scorecards) = input.Score(context);
            var card = ExplainCommand.Pick(scorecards, context.Parse.GetValue(unit), c => c.Unit.Code);
            var costPerPoint = Options.CodeNumbers(context.Parse.GetValue(costs) ?? [], costs.Name, "CODE=COST with a cost above 0 such as 1.4=10", cost => cost > 0m);
            GapReport report;
            try
            {
                report = GapReport.Compute(card, scorecards.Where(c => c.Year == card.Year), target, ranking, costPerPoint);
            }
            catch (ArgumentException e)
            {
                var option = e.ParamName == "costPerPoint" ? costs.Name : e.ParamName == "target" && target.RankOrBetter > 0 ? rank.Name : group.Name;
                throw new CliException(CliException.Said(e), option);
            }
            if (context.Format == OutputFormat.Json)
            {
                context.WriteDocument(Json(report));
            }
            else
            {
                context.Write(Tables(report));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The plan and target named by --plan and --target, when given; the target must be on the PAR Index and
    /// ask for a top N, a group or an index of at least X, and no other target option may be given.</summary>
    private static (ReformPlan Plan, PlanTarget Target)? PlanTarget(CommandContext context, Option<string?> plan, Option<string?> target, Option[] others)
    {
        if (context.Parse.GetValue(plan) is not { } reference)
        {
            return context.Parse.GetValue(target) is null ? null : throw new CliException("--target needs --plan", target.Name);
        }
        if (others.FirstOrDefault(o => context.Parse.GetResult(o) is not null) is { } other)
        {
            throw new CliException($"give either --plan with --target or {other.Name}, not both", other.Name);
        }
        var loaded = TargetsCommand.Load(reference);
        var id = context.Required(target, $"give the target's id with --target; {loaded.Id} has {string.Join(", ", loaded.Targets.Select(t => t.Id))}");
        var chosen = loaded.Targets.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"{loaded.Id} has no target {CellText.Quote(id)}; targets: {string.Join(", ", loaded.Targets.Select(t => t.Id))}", target.Name);
        try
        {
            GapTarget.For(chosen);
        }
        catch (ArgumentException e)
        {
            throw new CliException(CliException.Said(e) + " Only a PAR Index target of a rank, a group or an index has a gap to compute.", target.Name);
        }
        return (loaded, chosen);
    }

    // Said of a number out of range however it is written: 101, -5, and 1e30 (too large for a decimal, so never read as one).
    private static string NotAnIndex(string typed) => $"{typed} is not an index: give a percentage from 0 to 100";

    private static GapTarget Target(CommandContext context, Option<int?> rank, Option<string?> group, Option<decimal?> index)
    {
        var given = (Rank: context.Parse.GetValue(rank), Group: context.Parse.GetValue(group), Index: context.Parse.GetValue(index));
        var count = (given.Rank is null ? 0 : 1) + (given.Group is null ? 0 : 1) + (given.Index is null ? 0 : 1);
        if (count != 1)
        {
            throw new CliException("give exactly one target: --rank N, --group A or --index X", rank.Name);
        }
        // Said in the tool's words with the value given, not as the library's argument range ("[1-2147483647]").
        if (given.Rank is < 1)
        {
            throw new CliException($"{context.Typed(rank)} is not a rank: give 1 or more", rank.Name);
        }
        if (given.Index is < 0m or > 100m)
        {
            throw new CliException(NotAnIndex(context.Typed(index)), index.Name);
        }
        try
        {
            return given.Rank is { } n ? GapTarget.Rank(n) : given.Group is { } g ? GapTarget.Group(g) : GapTarget.Index(given.Index!.Value);
        }
        catch (ArgumentException e)
        {
            throw new CliException(CliException.Said(e), given.Rank is not null ? rank.Name : given.Group is not null ? group.Name : index.Name);
        }
    }

    internal static ResultTable[] Tables(GapReport report)
    {
        var card = report.Scorecard;
        var gap = report.Gap;
        string Needed(IndexGap g) => g.IsMet ? "met" : !g.IsReachable ? "out of reach"
            : FormattableString.Invariant($"{(g.IsStrict ? "more than " : string.Empty)}{g.IndexPointsNeeded} index points, {g.PointsNeeded} points (index {(g.IsStrict ? "> " : "≥ ")}{g.RequiredIndex})");
        var summary = new ResultTable(
            "gap",
            $"{card.Unit.Code} {card.Unit.Name} {card.Year}: {report.Target}",
            ["ranking", "rank_now", "index", "required_index", "strict", "index_points_needed", "points_needed"],
            new[] { report.Exact, report.Published }.Select(g => new object?[]
            {
                // The index as the other commands print it; the threshold and what is needed stay exact (a rounded
                // threshold could be one the unit does not reach).
                g.Decimals is { } d ? FormattableString.Invariant($"{d} decimals") : "exact", g.Rank, Figures.Index(g.Index), g.RequiredIndex, g.IsStrict ? "yes" : "no",
                g.IsMet ? 0m : g.IndexPointsNeeded, g.PointsNeeded,
            }),
            [
                FormattableString.Invariant($"{card.Points} of {card.MaxPoints} applicable points; under the ranking used ({(gap.Decimals is null ? "exact" : "two decimals")}, {report.Options.Ties.ToString().ToLowerInvariant()} ties): {Needed(gap)}."),
            ]);
        var areas = new ResultTable(
            "areas", "Points lost per area", ["code", "area", "points", "max_points", "lost_points"],
            report.Areas.Select(a => new object?[] { a.Code, a.Node.Name, a.Points, a.MaxPoints, a.LostPoints }));
        var leaves = new ResultTable(
            "leaves", "Per leaf: points lost, and the least change of its input that alone closes the gap",
            ["code", "criterion", "input", "points", "max_points", "lost_points", "closes_alone", "closing_input", "closing_gain", "best_input", "best_points"],
            report.Leaves.Select(l => new object?[]
            {
                l.Code, l.Leaf.Name, l.Input?.ToString(), l.Points, l.MaxPoints, l.LostPoints, l.ClosesAlone ? "yes" : "no",
                l.ClosingChange?.Input.ToString(), l.ClosingChange?.Gain, l.Options.LastOrDefault()?.Input.ToString(), l.Options.LastOrDefault()?.Points,
            }));
        var combination = new ResultTable(
            "combination", "The least combination of changes (cost = points gained × cost per point)", ["code", "criterion", "from", "to", "gain", "cost"],
            (report.LeastCombination ?? []).Select(c => new object?[] { c.Code, card.Methodology.Find(c.Code)?.Name, card.Indicators[c.Code].ToString(), c.Input.ToString(), c.Gain, c.Cost }),
            [report.LeastCombination is null ? "No combination of changes reaches the target." : gap.IsMet ? "The target is met." : FormattableString.Invariant($"Total cost {report.LeastCombination.Value.Sum(c => c.Cost)}.")]);
        return [summary, areas, leaves, combination];
    }

    internal static string Json(GapReport report)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var card = report.Scorecard;
            json.WriteStartObject();
            json.WriteString("unit", card.Unit.Code);
            json.WriteString("name", card.Unit.Name);
            json.WriteNumber("year", card.Year);
            json.WriteString("target", report.Target.ToString());
            json.WriteNumber("points", card.Points);
            json.WriteNumber("maxPoints", card.MaxPoints);
            // Exact, for machines: the points needed are measured from it, and a reader can recompute them.
            json.WriteNumber("index", card.Index);
            json.WriteNumber("rank", report.Gap.Rank);
            json.WriteBoolean("met", report.Gap.IsMet);
            json.WriteBoolean("reachable", report.Gap.IsReachable);
            json.WriteNumber("requiredIndex", report.Gap.RequiredIndex);
            json.WriteBoolean("strict", report.Gap.IsStrict);
            json.WriteNumber("indexPointsNeeded", report.IndexPointsNeeded);
            json.WriteNumber("pointsNeeded", report.PointsNeeded);
            foreach (var (name, gap) in new[] { ("exact", report.Exact), ("published", report.Published) })
            {
                json.WriteStartObject(name);
                json.WriteNumber("requiredIndex", gap.RequiredIndex);
                json.WriteBoolean("strict", gap.IsStrict);
                json.WriteNumber("indexPointsNeeded", gap.IndexPointsNeeded);
                json.WriteNumber("pointsNeeded", gap.PointsNeeded ?? 0m);
                json.WriteEndObject();
            }
            json.WriteStartArray("areas");
            foreach (var area in report.Areas)
            {
                StartNode(json, area.Code, area.Node.Name);
                WriteLoss(json, area.Points, area.MaxPoints, area.LostPoints);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("leaves");
            foreach (var leaf in report.Leaves)
            {
                StartNode(json, leaf.Code, leaf.Leaf.Name);
                WriteNullable(json, "input", leaf.Input?.ToString());
                WriteLoss(json, leaf.Points, leaf.MaxPoints, leaf.LostPoints);
                json.WriteBoolean("closesAlone", leaf.ClosesAlone);
                WriteNullable(json, "closingInput", leaf.ClosingChange?.Input.ToString());
                if (leaf.ClosingChange is { } closing)
                {
                    json.WriteNumber("closingGain", closing.Gain);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (report.LeastCombination is { } combination)
            {
                json.WriteStartArray("leastCombination");
                foreach (var change in combination)
                {
                    json.WriteStartObject();
                    json.WriteString("code", change.Code);
                    json.WriteString("input", change.Input.ToString());
                    json.WriteNumber("points", change.Points);
                    json.WriteNumber("gain", change.Gain);
                    json.WriteNumber("cost", change.Cost);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            else
            {
                json.WriteNull("leastCombination");
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    // An area or a leaf: its object opens with its code and name, and gives its points, of its maximum, and the points
    // it lost (where a gap can be closed).
    private static void StartNode(Utf8JsonWriter json, string code, string name)
    {
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("name", name);
    }

    private static void WriteLoss(Utf8JsonWriter json, decimal points, decimal maxPoints, decimal lostPoints)
    {
        json.WriteNumber("points", points);
        json.WriteNumber("maxPoints", maxPoints);
        json.WriteNumber("lostPoints", lostPoints);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    // The columns of a gap against a published year, whether or not its threshold is known.
    private static readonly string[] PublishedColumns = ["ranking", "published_rank", "index", "required_index", "strict", "index_points_needed", "points_needed"];

    // Against a published year: the threshold is the value held at rank N; ranks above it whose values the record lacks
    // count as at least that value (only their number matters for a rank target).
    private static void Published(CommandContext context, int year, string name, GapTarget target, RankingOptions ranking, string? typedYear)
    {
        Options.CheckYear(year, typed: typedYear);
        var province = HistoryCommand.Match(name);
        var results = PublishedRecord.Results(PublishedIndex.Par, year);
        var own = results.Rows.FirstOrDefault(r => r.Province.Equals(province))
            ?? throw new CliException($"the record has no PAR Index {year} row for {province.Name}", "--province");
        var value = own.Value ?? throw new CliException($"the record has no PAR Index {year} value for {province.Name} (rank {own.Rank})", "--province");
        var others = new List<UnitValue>();
        var n = target.RankOrBetter;
        // Only N − 1 values above are passed on below, so the library cannot see a rank past the table's last one.
        if (n > results.Units)
        {
            throw new CliException(FormattableString.Invariant($"Rank {n} is past the last rank: {results.Units} provinces are ranked in PAR Index {year}."), "--rank");
        }
        var met = n > 0 && own.Rank <= n;
        if (n > 0) // a rank target
        {
            // N other units must hold at least the threshold: the holder of rank N, or of rank N + 1 when the province
            // itself is within the first N (the value it must keep above).
            var at = met ? n + 1 : n;
            var holder = results.Rows.FirstOrDefault(r => r.Rank == at && r.Value is not null && !r.Province.Equals(province));
            if (holder is null && met)
            {
                MetWithoutThreshold(context, year, province, own, target, at);
                return;
            }
            if (holder is null)
            {
                throw new CliException($"the record has no PAR Index {year} value at rank {n}; ranks with values: {string.Join(", ", results.Rows.Where(r => r.Rank is not null && r.Value is not null).Select(r => r.Rank).Order())}", "--rank");
            }
            // The units ranked above the holder; those whose values the record lacks hold at least its value.
            others.AddRange(results.Rows.Where(r => r.Rank < at && r.Value is not null && !r.Province.Equals(province)).Select(r => new UnitValue(AssessedUnit.Of(r.Province), r.Value!.Value)));
            for (var k = others.Count + 1; k < n; k++)
            {
                others.Add(new UnitValue(new AssessedUnit("?" + k.ToString(CultureInfo.InvariantCulture), "a province above rank " + at.ToString(CultureInfo.InvariantCulture)), holder.Value!.Value));
            }
            others.Add(new UnitValue(AssessedUnit.Of(holder.Province), holder.Value!.Value));
        }
        var version = MethodologyVersion.For(SubjectKind.Province, year);
        var exactGap = IndexGap.Compute(new UnitValue(AssessedUnit.Of(province), value), others, target, new RankingOptions { Ties = ranking.Ties, Groups = ranking.Groups, Decimals = null }, version.MaxPoints);
        var publishedGap = IndexGap.Compute(new UnitValue(AssessedUnit.Of(province), value), others, target, new RankingOptions { Ties = ranking.Ties, Groups = ranking.Groups, Decimals = 2 }, version.MaxPoints);
        var rows = new[] { exactGap, publishedGap }.Select(g => new object?[]
        {
            g.Decimals is { } d ? FormattableString.Invariant($"{d} decimals") : "exact", own.Rank, g.Index, g.RequiredIndex, g.IsStrict ? "yes" : "no", g.IndexPointsNeeded, g.PointsNeeded,
        });
        var tables = new List<ResultTable>
        {
            new(
                "gap",
                $"{province.Name}, PAR Index {year}: {target}",
                PublishedColumns,
                rows,
                [
                    FormattableString.Invariant($"Points are index points × {version.MaxPoints} ÷ 100 ({version.Id})."),
                    met
                        ? FormattableString.Invariant($"The other units' values are the published ones; the value to keep is the one at rank {target.RankOrBetter + 1}, and a rank above it whose value the record lacks counts as at least that value.")
                        : "The other units' values are the published ones; a rank above the target whose value the record lacks counts as at least the value at the target rank.",
                    own.Source,
                ]),
        };
        var components = PublishedRecord.Components.Where(c => c.Year == year && c.Province.Equals(province)).ToList();
        if (components.Count > 0)
        {
            tables.Add(new ResultTable(
                "areas", "Published area values and the points lost where the area's maximum is known",
                ["area", "value", "unit", "max_points", "points", "lost_points"],
                components.Select(c => new object?[] { c.Area, c.Value, (c.IsPercentOfMaximum ? "percentofmaximum" : "points"), c.Maximum, c.Points(), c.Maximum is { } max && c.Points() is { } p ? max - p : null })));
        }
        context.Write(tables);
    }

    // A rank target already met, but the record lacks the value at the rank below it: met, nothing needed, and the index
    // that keeps the rank is not known (never a made-up threshold).
    private static void MetWithoutThreshold(CommandContext context, int year, ParIndex.Geography.Province province, PublishedResult own, GapTarget target, int below)
    {
        object?[] Row(string ranking) => [ranking, own.Rank, own.Value, null, null, 0m, 0m];
        context.Write(
        [
            new ResultTable(
                "gap",
                $"{province.Name}, PAR Index {year}: {target}",
                PublishedColumns,
                [Row("exact"), Row("2 decimals")],
                [
                    FormattableString.Invariant($"Met: ranked {own.Rank}. The index that keeps rank {target.RankOrBetter} is not known: the record has no value at rank {below}."),
                    own.Source,
                ]),
        ]);
    }
}
