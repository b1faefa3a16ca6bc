namespace InformingFutures.Web.Search;

/// <summary>What one word of a query searches for: its own term, a correction of a typo, or the two words it joins.</summary>
/// <param name="Terms">Any of these terms finds the word.</param>
/// <param name="Meant">The word as the reader probably meant it, when the search changed it.</param>
public sealed record QueryWord(string Typed, IReadOnlyList<string> Terms, string? Meant = null);

/// <summary>
/// Forgives a query's words against the catalogue's vocabulary: a word the content never uses is read as two words
/// it joins ("multiagency" as "multi agency"), or else as the nearest words within one typo (two in words of eight
/// letters or more) for words typed with four letters or more. search.js does exactly the same for the export, and a
/// browser test holds the two to the same answers.
/// </summary>
public static class SearchForgiveness
{
    public static IReadOnlyList<QueryWord> Read(IReadOnlyList<(string Term, string Typed)> query, IReadOnlySet<string> known, IReadOnlyList<string> vocabulary, IReadOnlyDictionary<string, IReadOnlyList<string>> written)
    {
        var words = new List<QueryWord>();
        foreach (var (term, typed) in query)
        {
            if (known.Contains(term))
            {
                words.Add(new QueryWord(typed, [term]));
            }
            else if (Joined(typed, known) is var (first, second, cut))
            {
                words.Add(new QueryWord(typed, [first], typed[..cut] + " " + typed[cut..]));
                words.Add(new QueryWord(typed, [second]));
            }
            else if (Nearest(term, typed.ToLowerInvariant(), TypoAllowance(typed.Length), vocabulary, written) is { Count: > 0 } near)
            {
                words.Add(new QueryWord(typed, near, FirstWritten(near[0], written)));
            }
            else
            {
                words.Add(new QueryWord(typed, [term]));
            }
        }

        return words;
    }

    /// <summary>
    /// When nothing matches, the query with each word the content never uses replaced by the nearest word it does,
    /// allowing one more typo than <see cref="Read"/> forgives by itself (and one in words of three letters), as the
    /// content writes it; null when no word has such a neighbour.
    /// </summary>
    public static string? Suggest(IReadOnlyList<(string Term, string Typed)> query, IReadOnlySet<string> known, IReadOnlyList<string> vocabulary, IReadOnlyDictionary<string, IReadOnlyList<string>> written)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var (term, typed) in query)
        {
            var near = known.Contains(term) || typed.Length < 3 ? [] : Nearest(term, typed.ToLowerInvariant(), TypoAllowance(typed.Length) + 1, vocabulary, written);
            changed |= near.Count > 0;
            words.Add(near.Count > 0 ? FirstWritten(near[0], written) : typed);
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>One typo in words typed with four letters or more, two from eight.</summary>
    private static int TypoAllowance(int typedLength) => typedLength >= 8 ? 2 : typedLength >= 4 ? 1 : 0;

    private static string FirstWritten(string term, IReadOnlyDictionary<string, IReadOnlyList<string>> written) =>
        written.TryGetValue(term, out var forms) ? forms[0] : term;

    /// <summary>
    /// The first split of the word as typed (shortest first part, at least three letters each) into two words the
    /// content uses, each read as a word of its own ("workingweek" as "working" and "week").
    /// </summary>
    private static (string First, string Second, int Cut)? Joined(string typed, IReadOnlySet<string> known)
    {
        for (var cut = 3; cut <= typed.Length - 3; cut++)
        {
            var (first, second) = (SearchWords.TermOf(typed[..cut]), SearchWords.TermOf(typed[cut..]));
            if (known.Contains(first) && known.Contains(second))
            {
                return (first, second, cut);
            }
        }

        return null;
    }

    /// <summary>
    /// Every vocabulary term at the smallest distance within the allowance, in ordinal order. A typo is measured
    /// both between stems and between the word as typed and each way the content writes the term, since a typo can
    /// hide an ending from the stemmer ("viison" keeps its "on"; "vision" loses its "ion"; "usng" is near "using",
    /// not "use").
    /// </summary>
    /// <param name="typed">The word as typed, lower case: the allowance is by its length, since the typo was made in it.</param>
    private static List<string> Nearest(string term, string typed, int allowed, IReadOnlyList<string> vocabulary, IReadOnlyDictionary<string, IReadOnlyList<string>> written)
    {
        var best = allowed + 1;
        var nearest = new List<string>();
        if (allowed == 0)
        {
            return nearest;
        }

        foreach (var candidate in vocabulary)
        {
            if (candidate.Length < 3)
            {
                continue;
            }

            // Capped one past the best so far: a capped answer means "farther", an uncapped one is exact.
            var farther = best + 1;
            var distance = Math.Abs(candidate.Length - term.Length) <= allowed ? Distance(term, candidate, farther) : farther;
            foreach (var form in written.GetValueOrDefault(candidate, []))
            {
                if (Math.Abs(form.Length - typed.Length) <= allowed)
                {
                    distance = Math.Min(distance, Distance(typed, form, farther));
                }
            }

            if (distance < best)
            {
                best = distance;
                nearest.Clear();
            }

            if (distance == best && distance <= allowed)
            {
                nearest.Add(candidate);
            }
        }

        return nearest;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>, or <paramref name="cap"/> once it is clear there are that many.</summary>
    public static int Distance(string a, string b, int cap)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum >= cap)
            {
                return cap;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], cap);
    }
}
