using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>
/// Where each document a statement cites has its name, by document (a catalogue holds one object per document, so a
/// document is its own key). A statement names one or two documents: they are found in a short list by reference, and
/// only a statement naming more than <see cref="ListedAtMost"/> gets a dictionary as well, so asking stays constant-time
/// per document however many a hostile statement names. Reused from one reading to the next.
/// </summary>
internal sealed class DocumentSpans
{
    /// <summary>The most documents found by a walk of the list; past it, a dictionary answers.</summary>
    private const int ListedAtMost = 8;

    private readonly List<(GuidelineDocument Document, int Start, int Length)> _spans = new();
    private Dictionary<GuidelineDocument, int>? _byDocument;

    /// <summary>How many documents have a span.</summary>
    public int Count => _spans.Count;

    /// <summary>The span of <paramref name="document"/>'s name, if it has one.</summary>
    public bool TryGetValue(GuidelineDocument document, out (int Start, int Length) span)
    {
        int at = IndexOf(document);
        if (at < 0)
        {
            span = default;
            return false;
        }
        span = (_spans[at].Start, _spans[at].Length);
        return true;
    }

    /// <summary>Gives <paramref name="document"/> the span <paramref name="span"/> unless it has one already (the first naming counts).</summary>
    public void AddIfAbsent(GuidelineDocument document, (int Start, int Length) span)
    {
        if (IndexOf(document) < 0)
        {
            Append(document, span);
        }
    }

    /// <summary>Gives <paramref name="document"/> the span <paramref name="span"/>, replacing any it had.</summary>
    public void Set(GuidelineDocument document, (int Start, int Length) span)
    {
        int at = IndexOf(document);
        if (at < 0)
        {
            Append(document, span);
        }
        else
        {
            _spans[at] = (document, span.Start, span.Length);
        }
    }

    /// <summary>Forgets every span (and, past an ordinary statement's size, the room they took).</summary>
    public void Clear()
    {
        _spans.Clear();
        if (_spans.Capacity > 1024)
        {
            _spans.Capacity = ListedAtMost;
        }
        _byDocument = null;
    }

    private int IndexOf(GuidelineDocument document)
    {
        if (_byDocument is not null)
        {
            return _byDocument.TryGetValue(document, out int found) ? found : -1;
        }
        for (int k = 0; k < _spans.Count; k++)
        {
            if (ReferenceEquals(_spans[k].Document, document))
            {
                return k;
            }
        }
        return -1;
    }

    private void Append(GuidelineDocument document, (int Start, int Length) span)
    {
        _spans.Add((document, span.Start, span.Length));
        if (_byDocument is not null)
        {
            _byDocument.Add(document, _spans.Count - 1);
        }
        else if (_spans.Count > ListedAtMost)
        {
            _byDocument = new Dictionary<GuidelineDocument, int>(_spans.Count * 2);
            for (int k = 0; k < _spans.Count; k++)
            {
                _byDocument.Add(_spans[k].Document, k);
            }
        }
    }
}
