/// The files under `Seed/Mail`, as SwiftPM embeds them in the binary (`.embedInCode`), keyed by
/// their path below `Seed/Mail`. Embedded rather than bundled so that `gmail-mcp sandbox` works
/// wherever the binary is copied. SwiftPM names each `PackageResources` constant after the
/// file's name alone (subfolder dropped, `-` and `.` turned into `_`), so names must be unique
/// across subfolders. A file added to `Seed/Mail` is listed here too; `SeedMailFilesTests` checks
/// that this table, the folder and the catalogue agree.
///
/// Nothing here is touched until a seeded `FakeGoogle` is built or the seed catalogue is asked
/// for (static lets are initialised on first use), so a plain `gmail-mcp serve` never reads it.
enum SeedMailFiles {
    static let byPath: [String: [UInt8]] = [
        "catalogue.json": PackageResources.catalogue_json,
        "attachment-without-name.eml": PackageResources.attachment_without_name_eml,
        "big5.eml": PackageResources.big5_eml,
        "chart-png.eml": PackageResources.chart_png_eml,
        "deep-nesting.eml": PackageResources.deep_nesting_eml,
        "draft-attachment.eml": PackageResources.draft_attachment_eml,
        "draft-chart-reply.eml": PackageResources.draft_chart_reply_eml,
        "draft-ideas.eml": PackageResources.draft_ideas_eml,
        "draft-unicode-subject.eml": PackageResources.draft_unicode_subject_eml,
        "folded-encoded-subject.eml": PackageResources.folded_encoded_subject_eml,
        "forwarded-message.eml": PackageResources.forwarded_message_eml,
        "gb2312.eml": PackageResources.gb2312_eml,
        "html-only.eml": PackageResources.html_only_eml,
        "invoice-pdf.eml": PackageResources.invoice_pdf_eml,
        "iso-2022-jp.eml": PackageResources.iso_2022_jp_eml,
        "koi8-r.eml": PackageResources.koi8_r_eml,
        "latin1.eml": PackageResources.latin1_eml,
        "latin2.eml": PackageResources.latin2_eml,
        "latin9-euro.eml": PackageResources.latin9_euro_eml,
        "lunch-question.eml": PackageResources.lunch_question_eml,
        "lunch-reply.eml": PackageResources.lunch_reply_eml,
        "lying-ascii.eml": PackageResources.lying_ascii_eml,
        "lying-utf8.eml": PackageResources.lying_utf8_eml,
        "offsite-agenda.eml": PackageResources.offsite_agenda_eml,
        "pgp-signed.eml": PackageResources.pgp_signed_eml,
        "plain-ascii.eml": PackageResources.plain_ascii_eml,
        "related-inline-image.eml": PackageResources.related_inline_image_eml,
        "reply-sent.eml": PackageResources.reply_sent_eml,
        "rfc2047-name.eml": PackageResources.rfc2047_name_eml,
        "rfc2231-continuation.eml": PackageResources.rfc2231_continuation_eml,
        "rfc2231-filename.eml": PackageResources.rfc2231_filename_eml,
        "shift-jis.eml": PackageResources.shift_jis_eml,
        "spam-prize.eml": PackageResources.spam_prize_eml,
        "tiny-csv.eml": PackageResources.tiny_csv_eml,
        "trash-prize-draw.eml": PackageResources.trash_prize_draw_eml,
        "unknown-charset.eml": PackageResources.unknown_charset_eml,
        "utf16-bom.eml": PackageResources.utf16_bom_eml,
        "utf16be-no-bom.eml": PackageResources.utf16be_no_bom_eml,
        "utf8-quoted-printable.eml": PackageResources.utf8_quoted_printable_eml,
        "windows-1250-qp.eml": PackageResources.windows_1250_qp_eml,
        "windows-1252-quotes.eml": PackageResources.windows_1252_quotes_eml,
        "attachments/archive.zip": PackageResources.archive_zip,
        "attachments/chart.png": PackageResources.chart_png,
        "attachments/invoice.pdf": PackageResources.invoice_pdf,
        "attachments/long-name.txt": PackageResources.long_name_txt,
        "attachments/opaque.bin": PackageResources.opaque_bin,
        "attachments/original-message.eml": PackageResources.original_message_eml,
        "attachments/overview.pdf": PackageResources.overview_pdf,
        "attachments/packing-list.txt": PackageResources.packing_list_txt,
        "attachments/report.docx": PackageResources.report_docx,
        "attachments/signature.asc": PackageResources.signature_asc,
        "attachments/spacer.gif": PackageResources.spacer_gif,
        "attachments/tiny.csv": PackageResources.tiny_csv,
    ]

    /// The file's bytes; the catalogue names only files that are listed (checked by the tests).
    static func bytes(_ path: String) -> [UInt8] {
        guard let bytes = byPath[path] else { fatalError("Seed/Mail/\(path) is not embedded (see SeedMailFiles)") }
        return bytes
    }
}
