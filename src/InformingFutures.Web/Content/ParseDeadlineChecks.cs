using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace InformingFutures.Web.Content;

/// <summary>
/// Makes Markdig check the <see cref="ParseDeadline"/> as each block closes and before each block's inline text is
/// read, so a parse given up on stops within one block. The content limits (MarkdownSize, MarkdownComplexity)
/// keep every block small, so that is soon.
/// </summary>
public sealed class ParseDeadlineChecks : IMarkdownExtension
{
    private static readonly ProcessInlineDelegate CheckBeforeInlines = (_, _) => ParseDeadline.ThrowIfPassed();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed += Check;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Check(BlockProcessor processor, Block block)
    {
        ParseDeadline.ThrowIfPassed();
        if (block is LeafBlock leaf)
        {
            leaf.ProcessInlinesBegin -= CheckBeforeInlines; // a block closes once, but never count on it
            leaf.ProcessInlinesBegin += CheckBeforeInlines;
        }
    }
}
