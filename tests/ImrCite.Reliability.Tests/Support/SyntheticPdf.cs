using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ImrCite.Reliability.Tests.Support;

/// <summary>
/// Writes small PDFs by hand, object by object, for the shapes a PDF writer library would not produce: one
/// page showing megabytes of text, a form XObject drawn thousands of times, a form that draws itself.
/// Object 1 is the catalogue, 2 the page tree, 3 the one page, 4 its content stream, 5 a Helvetica font;
/// further objects (6, 7, …) are the forms given.
/// </summary>
internal static class SyntheticPdf
{
    /// <summary>A one-page PDF whose content is <paramref name="content"/> (Flate-compressed when <paramref name="compress"/>), with font /F1 and forms /Fm1, /Fm2, … as objects 6, 7, ….</summary>
    public static byte[] OnePage(byte[] content, bool compress, params byte[][] forms)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + Resources(forms.Length) + " /Contents 4 0 R >>"),
            Stream(content, compress, ""),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        foreach (byte[] form in forms)
        {
            objects.Add(Stream(form, compress, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + Resources(forms.Length) + " "));
        }
        return Write(objects);
    }

    /// <summary>A PDF of one page per content given, each with font /F1: object 1 the catalogue, 2 the page tree, 3 the font, then each page and its content stream.</summary>
    public static byte[] Pages(bool compress, params byte[][] contents)
    {
        var kids = new StringBuilder();
        for (int i = 0; i < contents.Length; i++)
        {
            kids.Append(4 + (2 * i)).Append(" 0 R ");
        }
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + contents.Length + " >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        for (int i = 0; i < contents.Length; i++)
        {
            objects.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents " + (5 + (2 * i)) + " 0 R >>"));
            objects.Add(Stream(contents[i], compress, ""));
        }
        return Write(objects);
    }

    /// <summary>A one-page PDF whose /Contents lists one compressed stream <paramref name="times"/> times.</summary>
    public static byte[] OnePageListingOneStream(byte[] content, int times)
    {
        var contents = new StringBuilder();
        for (int i = 0; i < times; i++)
        {
            contents.Append("4 0 R ");
        }
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + Resources(0) + " /Contents [" + contents + "] >>"),
            Stream(content, compress: true, ""),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        return Write(objects);
    }

    /// <summary>Content that shows <paramref name="text"/> once, in font /F1.</summary>
    public static byte[] ShowText(string text) => Ascii("BT /F1 10 Tf 20 700 Td (" + text + ") Tj ET\n");

    private static string Resources(int forms)
    {
        var xObjects = new StringBuilder();
        for (int i = 0; i < forms; i++)
        {
            xObjects.Append("/Fm").Append(i + 1).Append(' ').Append(6 + i).Append(" 0 R ");
        }
        return "<< /Font << /F1 5 0 R >> /XObject << " + xObjects + ">> >>";
    }

    private static byte[] Stream(byte[] data, bool compress, string dictionary)
    {
        byte[] body = data;
        string filter = "";
        if (compress)
        {
            using var memory = new MemoryStream();
            using (var zlib = new ZLibStream(memory, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(data);
            }
            body = memory.ToArray();
            filter = "/Filter /FlateDecode ";
        }
        using var stream = new MemoryStream();
        stream.Write(Ascii("<< " + dictionary + filter + "/Length " + body.Length + " >>\nstream\n"));
        stream.Write(body);
        stream.Write(Ascii("\nendstream"));
        return stream.ToArray();
    }

    private static byte[] Write(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii((i + 1) + " 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        long xref = pdf.Position;
        var table = new StringBuilder("xref\n0 " + (objects.Count + 1) + "\n0000000000 65535 f \n");
        foreach (long offset in offsets)
        {
            table.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        table.Append("trailer << /Size " + (objects.Count + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
