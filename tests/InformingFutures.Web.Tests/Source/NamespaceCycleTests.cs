using System.Text.RegularExpressions;

namespace InformingFutures.Web.Tests.Source;

/// <summary>
/// The site's folders (one namespace each) depend on one another in one direction only: a folder can be understood,
/// and moved, without the ones that use it. Read from the source: each file's words are matched against the names
/// of the assembly's types, with comments and strings left out.
/// </summary>
public sealed partial class NamespaceCycleTests
{
    private const string Root = "InformingFutures.Web";

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@\*.*?\*@|""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex Word();

    [Fact]
    public void NoTwoFoldersOfTheSiteDependOnEachOther()
    {
        var graph = Dependencies();

        var cycles = graph.Keys.SelectMany(from => graph[from].Where(to => Reaches(graph, to, from)).Select(to => $"{from} ⇄ {to}")).ToList();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Concat(graph.Select(g => $"{g.Key} → {string.Join(", ", g.Value.Order())}"))));
    }

    /// <summary>Which top-level folder each folder's code names a type of.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var types = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Root + ".", StringComparison.Ordinal) == true && !t.Name.Contains('<'))
            .ToList();
        string FolderOf(Type t) => t.Namespace![(Root.Length + 1)..].Split('.')[0];
        // A folder's own member names (an enum value "Sitemap", a property "StatusPages") are not references to
        // another folder's types of the same name.
        var members = types.GroupBy(FolderOf).ToDictionary(g => g.Key, g => g
            .SelectMany(t => t.GetMembers(System.Reflection.BindingFlags.DeclaredOnly | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static))
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal));
        var owner = types.Where(t => !t.IsNested)
            .Select(t => (Name: t.Name.Split('`')[0], Folder: FolderOf(t)))
            .GroupBy(t => t.Name)
            .Where(g => g.Select(t => t.Folder).Distinct().Count() == 1) // a name two folders share tells nothing
            .ToDictionary(g => g.Key, g => g.First().Folder);
        var src = Path.Combine(TestPaths.RepoRoot, "src", Root);
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.GetFiles(src, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (!relative.Contains('/') || relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue; // Program.cs wires everything together
            }

            var folder = relative.Split('/')[0];
            var code = CommentsAndStrings().Replace(File.ReadAllText(file), " ");
            var uses = graph.TryGetValue(folder, out var known) ? known : graph[folder] = [];
            foreach (Match word in Word().Matches(code))
            {
                if (owner.TryGetValue(word.Value, out var other) && other != folder && !(members.TryGetValue(folder, out var own) && own.Contains(word.Value)))
                {
                    uses.Add(other);
                }
            }
        }

        return graph;
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var at))
        {
            if (at == to)
            {
                return true;
            }

            if (seen.Add(at) && graph.TryGetValue(at, out var onward))
            {
                onward.ToList().ForEach(next.Push);
            }
        }

        return false;
    }
}
