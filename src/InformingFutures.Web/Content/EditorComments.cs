using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InformingFutures.Web.Content;

/// <summary>
/// HTML comments (<c>&lt;!-- check with Sam --&gt;</c>) are an editor's notes to other editors: they are parsed as
/// comments, wherever Markdown would take HTML (a block starting a line, or inline in text; not inside code), and
/// taken out of the document before anything is rendered, so no page, deck, search result or export holds them.
/// Each is reported as a note with its line, so <c>check</c> lists them. The pipeline renders no other HTML.
/// </summary>
public sealed class EditorComments : IMarkdownExtension
{
    private const string CommentStart = "<!--";
    private const string CommentEnd = "-->";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new CommentBlockParser());
        pipeline.InlineParsers.Insert(0, new CommentInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Removes every comment from <paramref name="document"/>; returns where each began (1-based).</summary>
    public static IReadOnlyList<(int Line, int Column)> Extract(MarkdownDocument document)
    {
        var found = new List<(int, int)>();
        foreach (var block in document.Descendants<CommentBlock>().ToList())
        {
            found.Add((block.Line + 1, block.Column + 1));
            block.Parent?.Remove(block);
        }

        foreach (var inline in document.Descendants<CommentInline>().ToList())
        {
            found.Add((inline.Line + 1, inline.Column + 1));
            inline.Remove();
        }

        return [.. found.OrderBy(f => f.Item1).ThenBy(f => f.Item2)];
    }

    private static int Width(StringSlice slice) => Math.Max(0, slice.End - slice.Start + 1);

    /// <summary>A comment on lines of its own, to the line that closes it (or the end of the file).</summary>
    private sealed class CommentBlock(BlockParser parser) : LeafBlock(parser);

    private sealed class CommentInline : LeafInline;

    private sealed class CommentBlockParser : BlockParser
    {
        public CommentBlockParser() => OpeningCharacters = ['<'];

        public override BlockState TryOpen(BlockProcessor processor)
        {
            if (processor.IsCodeIndent || !processor.Line.Match(CommentStart))
            {
                return BlockState.None;
            }

            processor.NewBlocks.Push(new CommentBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new SourceSpan(processor.Start, processor.Line.End) });
            return ClosesOn(processor.Line, CommentStart.Length) ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        public override BlockState TryContinue(BlockProcessor processor, Block block) =>
            ClosesOn(processor.Line, 0) ? BlockState.BreakDiscard : BlockState.ContinueDiscard;

        private static bool ClosesOn(StringSlice line, int from) =>
            line.Text.AsSpan(line.Start, Width(line)).Slice(Math.Min(from, Width(line))).Contains(CommentEnd, StringComparison.Ordinal);
    }

    private sealed class CommentInlineParser : InlineParser
    {
        public CommentInlineParser() => OpeningCharacters = ['<'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (!slice.Match(CommentStart))
            {
                return false;
            }

            var rest = slice.Text.AsSpan(slice.Start + CommentStart.Length, Width(slice) - CommentStart.Length);
            var end = rest.IndexOf(CommentEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                return false; // an unclosed "<!--" in running text stays text, as the writer typed it
            }

            var start = slice.Start;
            processor.Inline = new CommentInline
            {
                Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), 0),
                Line = line,
                Column = column,
            };
            slice.Start = start + CommentStart.Length + end + CommentEnd.Length;
            return true;
        }
    }
}
