using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InformingFutures.Web.Content;

/// <summary>What a trainer says over a slide: shown in the presenter view and on notes pages, never on the page.</summary>
/// <param name="SectionId">The id of the level-2 section the note sits in; empty before the first one.</param>
public sealed record SpeakerNote(string SectionId, string Html);

/// <summary>
/// Speaker notes are written as Markdig custom containers (<c>::: notes</c> … <c>:::</c>). They are taken out of the
/// parsed document before anything is rendered from it, so the page, its sections, search and descriptions never
/// hold them. Any other container kind is refused: a typo such as <c>::: note</c> would otherwise publish a
/// trainer's private notes on the page.
/// </summary>
public static class SpeakerNotes
{
    public const string Kind = "notes";

    /// <returns>The notes in reading order, and each block that keeps the file off the site, with its 1-based place.</returns>
    public static (IReadOnlyList<SpeakerNote> Notes, IReadOnlyList<(int Line, int Column, string Message)> Problems) Extract(
        MarkdownDocument document, Func<ContainerBlock, string> renderChildren)
    {
        var notes = new List<SpeakerNote>();
        var problems = new List<(int, int, string)>();
        var found = new List<CustomContainer>();
        var sectionId = "";
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                sectionId = heading.GetAttributes().Id ?? "";
            }

            foreach (var container in Containers(block))
            {
                if (!string.Equals(container.Info, Kind, StringComparison.Ordinal))
                {
                    problems.Add((container.Line + 1, container.Column + 1,
                        $"'::: {container.Info}' is not a kind of block this site knows: speaker notes start with a line '::: notes'"));
                }
                else if (container.ClosingFencedCharCount == 0)
                {
                    problems.Add((container.Line + 1, container.Column + 1,
                        "this '::: notes' block is not closed: end it with a line ':::', or the rest of the page is hidden in the notes"));
                }
                else if (container.Parent is not CustomContainer)
                {
                    notes.Add(new SpeakerNote(sectionId, renderChildren(container)));
                }

                found.Add(container);
            }
        }

        foreach (var container in found)
        {
            container.Parent?.Remove(container);
        }

        return (notes, problems);
    }

    private static IEnumerable<CustomContainer> Containers(Block block) =>
        block is CustomContainer self ? [self, .. self.Descendants<CustomContainer>()]
        : block is ContainerBlock container ? container.Descendants<CustomContainer>()
        : [];
}
