using System.Reflection;
using System.Text.RegularExpressions;

namespace ParIndex.Tests;

/// <summary>Rules of the house that the compiler does not check.</summary>
public class ArchitectureTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Methodology).Assembly.GetExportedTypes()];

    private static readonly Lazy<System.Xml.Linq.XDocument> PublicDocs =
        new(() => System.Xml.Linq.XDocument.Load(System.IO.Path.ChangeExtension(typeof(Methodology).Assembly.Location, ".xml")));


    // The library's layers, lowest first, as the README's "Architecture" section shows them. A namespace uses only
    // namespaces of lower layers; the plumbing layer's namespaces also use each other. Composites (the composite
    // indicator pipeline) sits above rankings, whose UnrankedUnit it shares.
    private static readonly string[][] Layers =
    [
        ["ParIndex", "ParIndex.Utility", "ParIndex.Data"],
        ["ParIndex.Geography"],
        ["ParIndex.Rules"],
        ["ParIndex.Methodologies"],
        ["ParIndex.Scoring"],
        ["ParIndex.Rankings", "ParIndex.Assessments"],
        ["ParIndex.Composites"],
        ["ParIndex.History", "ParIndex.Surveys"],
        ["ParIndex.Targets"],
        ["ParIndex.Analysis"],
    ];

    // The JSON Schemas ship in the package (Methodology.JsonSchema, ReformPlan.JsonSchema, CompositePipeline.JsonSchema)
    // and tell a user which API reads them: every ParIndex.* name in them must be a public type, or a public member of
    // one. The methodology schema named ParIndex.Methodologies.MethodologyJson after that class had become internal.
    [Fact]
    public void ShippedSchemas_NameOnlyPublicTypesAndMembers()
    {
        var unresolved =
            from schema in new[] { ("methodology", Methodology.JsonSchema), ("reform plans", ReformPlan.JsonSchema), ("composite pipeline", CompositePipeline.JsonSchema) }
            from Match name in Regex.Matches(schema.Item2, @"\bParIndex(?:\.[A-Z][A-Za-z0-9]*)+")
            where !NamesPublicApi(name.Value)
            select schema.Item1 + ": " + name.Value;
        Assert.Empty(unresolved);
    }

    private static bool NamesPublicApi(string name)
    {
        var type = PublicTypes.FirstOrDefault(t => t.FullName == name);
        if (type is not null)
        {
            return true;
        }
        var dot = name.LastIndexOf('.');
        type = PublicTypes.FirstOrDefault(t => t.FullName == name[..dot]);
        return type is not null && type.GetMember(name[(dot + 1)..], BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0;
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic_ExceptTheTwoDeliberateBases()
    {
        // ScoringRule is the extension point for users' rules; MethodologyNode is a closed base; DiagnosticException is the one
        // public exception type, open only for the library's internal per-stage subclasses and like Exception constructible.
        Type[] bases = [typeof(ScoringRule), typeof(MethodologyNode), typeof(DiagnosticException)];
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !bases.Contains(t));

        Assert.Empty(open);
        Assert.False(typeof(MethodologyNode).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0, "MethodologyNode must not be derivable outside the library");
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters_OnlyInit()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Empty(setters);
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"));

        Assert.Empty(mutable);
    }

    [Fact]
    public void Namespaces_MirrorFolders()
    {
        var root = RepositoryFiles.Root;
        foreach (var type in PublicTypes.Where(t => !t.IsNested))
        {
            var relative = type.FullName!.Split('`')[0].Replace("ParIndex.", string.Empty, StringComparison.Ordinal).Replace('.', System.IO.Path.DirectorySeparatorChar) + ".cs";
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(root, "src", "ParIndex", relative)), type.FullName + " is not in " + relative);
        }
    }

    [Fact]
    public void Namespaces_DependOnlyOnLowerLayers()
    {
        var graph = NamespaceGraph.Read(typeof(Methodology).Assembly.Location, "ParIndex");

        var unplaced = graph.Namespaces.Where(n => LayerOf(Layers, n) is null).ToList();
        var back = BackEdges(graph, Layers);

        Assert.True(unplaced.Count == 0, "Give these namespaces a layer: " + string.Join(", ", unplaced));
        Assert.True(back.Count == 0, "Edges that run back up the layers:\n" + string.Join("\n", back));
        Assert.Contains(("ParIndex.Scoring", "ParIndex.Methodologies"), graph.Edges.Keys); // the reader sees the flow
    }

    // Each fixture hides a back edge from its Low namespace where only one part of the metadata shows it: a method body,
    // custom attributes (an argument, a constructor), generic constraints (of a method, of a type).
    [Theory]
    [InlineData("LayerFixture", new[] { "High" }, new[] { "High (Bottom → Top)" })]
    [InlineData("AttributeFixture", new[] { "ByArgument", "ByConstructor" }, new[] { "ByArgument (Bottom → Named)", "ByConstructor (Bottom → MarkAttribute)" })]
    [InlineData("ConstraintFixture", new[] { "ByMethod", "ByType" }, new[] { "ByMethod (Bottom → IShape)", "ByType (IBox`1 → IShape)" })]
    public void Namespaces_DependOnlyOnLowerLayers_SeesEdgesThatOnlyOnePartOfTheMetadataShows(string fixture, string[] high, string[] edges)
    {
        var root = "ParIndex.Tests.Support." + fixture;
        var graph = NamespaceGraph.Read(typeof(ArchitectureTests).Assembly.Location, root);
        string[][] layers = [[root + ".Low"], [.. high.Select(n => root + "." + n)]];

        Assert.Equal(edges.Select(e => root + ".Low → " + root + "." + e), BackEdges(graph, layers));
    }

    // README, "Each word has one meaning in the API": what a public member's documentation must not say in another sense.
    private static readonly (string Pattern, string Sense)[] SecondSenses =
    [
        (@"\b(?:the|an?) index of (?:the|its|a) (?:band|level|element|question)\b|\bThe index, or -1\b", "a place in a list is a position, not an index"),
        (@"\b(?:groups? of respondents|bootstrap groups?|number of groups)\b", "the bootstrap deals respondents into blocks, not groups"),
        (@"\b(?:ordered by group|those of one group|policy\s+group asked about|as one group)\b", "a group is a ranking group: a survey's is a topic, Sobol's is a source"),
    ];

    // Public members whose files another branch is changing (Scoring/); to be worded with them.
    [Fact]
    public void PublicDocs_UseEachWordInItsOneSense()
    {
        var found =
            from member in PublicDocs.Value.Descendants("member")
            let id = (string)member.Attribute("name")!
            where IsPublicMember(id)
            from sense in SecondSenses
            where Regex.IsMatch(member.Value, sense.Pattern, RegexOptions.IgnoreCase)
            select id + ": " + sense.Sense;

        var list = found.ToList();
        Assert.True(list.Count == 0, string.Join("\n", list));
    }

    // A user reads a public member's documentation without the internals: a cref to an internal type or member
    // (Points, the rule classes behind ScoringRule's factories) names what the user cannot find.
    [Fact]
    public void PublicDocs_ReferOnlyToPublicTypesAndMembers()
    {
        // The ids are the compiler's: a public constructor, a method taking "in" values and a protected constructor are
        // seen, an internal type is not (else both documentation tests would pass on nothing).
        Assert.True(IsPublicMember("M:ParIndex.Rules.RuleOutcome.#ctor(System.Decimal,System.Int32)"));
        Assert.True(IsPublicMember("M:ParIndex.Rules.ScoringRule.Evaluate(ParIndex.Rules.IndicatorValue@,ParIndex.Rules.RuleContext@)"));
        Assert.True(IsPublicMember("M:ParIndex.Rules.ScoringRule.#ctor"));
        Assert.False(IsPublicMember("T:ParIndex.Rules.Points"));
        Assert.True(PublicDocs.Value.Descendants("member").Count(m => IsPublicMember((string)m.Attribute("name")!)) > 1000);

        var found =
            from member in PublicDocs.Value.Descendants("member")
            let id = (string)member.Attribute("name")!
            where IsPublicMember(id)
            from cref in member.Descendants().Where(e => e.Name != "inheritdoc").Select(e => (string?)e.Attribute("cref")).OfType<string>()
            where cref.Length > 2 && cref[1] == ':' && "TMPFE".Contains(cref[0]) && cref[2..].StartsWith("ParIndex.", StringComparison.Ordinal) && !IsPublicMember(cref)
            select id + " → " + cref;

        var list = found.Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(list.Count == 0, string.Join("\n", list));
    }

    // Issue 13: value carriers are records; equality is written by hand only where its meaning differs, and says why.
    [Fact]
    public void HandWrittenEquality_SaysWhy()
    {
        var src = System.IO.Path.Combine(RepositoryFiles.Root, "src");
        var silent =
            from file in System.IO.Directory.EnumerateFiles(src, "*.cs", System.IO.SearchOption.AllDirectories)
            let relative = System.IO.Path.GetRelativePath(src, file).Replace('\\', '/')
            where !relative.Contains("/obj/", StringComparison.Ordinal)
            let text = System.IO.File.ReadAllText(file)
            where Regex.IsMatch(text, @"^\s*public bool Equals\(", RegexOptions.Multiline)
                && !text.Contains("// Written by hand", StringComparison.Ordinal)
            select relative;

        Assert.Empty(silent.Order(StringComparer.Ordinal));
    }

    // A documentation id ("P:ParIndex.Rules.RuleOutcome.Step", "M:ParIndex.Rules.RuleOutcome.#ctor(System.Decimal,System.Int32)")
    // names a public member when the public types' members a user sees (public or protected) have that id.
    private static bool IsPublicMember(string id) => PublicDocIds.Value.Contains(id.Split('~')[0]);

    private static readonly Lazy<HashSet<string>> PublicDocIds = new(() =>
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in PublicTypes)
        {
            var name = DocName(type);
            ids.Add("T:" + name);
            foreach (var member in type.GetMembers(All))
            {
                var seen = member switch
                {
                    MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
                    FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
                    PropertyInfo p => p.GetAccessors(nonPublic: true).Any(g => g.IsPublic || g.IsFamily || g.IsFamilyOrAssembly),
                    EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
                    _ => false,
                };
                if (!seen)
                {
                    continue;
                }
                ids.Add(member switch
                {
                    ConstructorInfo c => "M:" + name + ".#ctor" + Parameters(c.GetParameters()),
                    MethodInfo m => "M:" + name + "." + m.Name + (m.IsGenericMethod ? "``" + m.GetGenericArguments().Length : string.Empty) + Parameters(m.GetParameters()),
                    PropertyInfo p => "P:" + name + "." + p.Name + Parameters(p.GetIndexParameters()),
                    FieldInfo f => "F:" + name + "." + f.Name,
                    _ => "E:" + name + "." + member.Name,
                });
            }
        }
        return ids;
    });

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => DocName(p.ParameterType))) + ")";

    // How the C# compiler writes a type in a documentation id: nested types and type arguments in braces, Name`1 for a
    // generic definition, `0 and ``0 for type and method parameters, [] and @ for arrays and references.
    private static string DocName(Type type)
    {
        if (type.IsByRef)
        {
            return DocName(type.GetElementType()!) + "@";
        }
        if (type.IsArray)
        {
            return DocName(type.GetElementType()!) + "[]";
        }
        if (type.IsGenericParameter)
        {
            return (type.IsGenericMethodParameter ? "``" : "`") + type.GenericParameterPosition;
        }
        var name = (type.IsNested ? DocName(type.DeclaringType!) : type.Namespace) + "." + type.Name;
        return !type.IsGenericType || type.IsGenericTypeDefinition ? name
            : name.Split('`')[0] + "{" + string.Join(",", type.GetGenericArguments().Select(DocName)) + "}";
    }

    private static int? LayerOf(string[][] layers, string ns)
    {
        var index = Array.FindIndex(layers, l => l.Contains(ns, StringComparer.Ordinal));
        return index < 0 ? null : index;
    }

    // An edge runs back when it reaches a higher layer, or a peer outside the plumbing layer.
    private static List<string> BackEdges(NamespaceGraph graph, string[][] layers) =>
        [.. graph.Edges
            .Where(e => LayerOf(layers, e.Key.From) is { } from && LayerOf(layers, e.Key.To) is { } to && (to > from || (to == from && from > 0)))
            .Select(e => e.Key.From + " → " + e.Key.To + " (" + e.Value + ")")
            .Order(StringComparer.Ordinal)];
}
