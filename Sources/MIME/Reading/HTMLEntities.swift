/// Named character references: the full HTML 4.01 set (252 names), `&apos;`, and a few HTML5
/// names that mail templates use. `&lang;`/`&rang;` take their HTML5 values (U+27E8/U+27E9).
enum HTMLEntities {
    static func scalar(named name: String) -> Unicode.Scalar? {
        table[name].flatMap(Unicode.Scalar.init)
    }

    /// Names a browser also accepts without the `;` in text (HTML5 legacy references).
    static let legacyWithoutSemicolon: Set<String> = [
        "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT",
    ]

    /// U+00A0…U+00FF in order.
    private static let latin1 = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn \
        sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave \
        Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
        ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN \
        szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave \
        iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc \
        uuml yacute thorn yuml
        """

    /// U+0391…U+03A9 (U+03A2 is unassigned) and U+03B1…U+03C9.
    private static let greekCapitals =
        "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho"
    private static let greekCapitalsAfterRho = "Sigma Tau Upsilon Phi Chi Psi Omega"
    private static let greekSmall = """
        alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf \
        sigma tau upsilon phi chi psi omega
        """

    private static let others: [String: UInt32] = [
        // HTML 4 special characters
        "quot": 34, "amp": 38, "lt": 60, "gt": 62, "apos": 39, "OElig": 338, "oelig": 339, "Scaron": 352,
        "scaron": 353, "Yuml": 376, "circ": 710, "tilde": 732, "ensp": 8194, "emsp": 8195, "thinsp": 8201,
        "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207, "ndash": 8211, "mdash": 8212, "lsquo": 8216,
        "rsquo": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221, "bdquo": 8222, "dagger": 8224,
        "Dagger": 8225, "permil": 8240, "lsaquo": 8249, "rsaquo": 8250, "euro": 8364,
        // HTML 4 symbols
        "fnof": 402, "thetasym": 977, "upsih": 978, "piv": 982, "bull": 8226, "hellip": 8230, "prime": 8242,
        "Prime": 8243, "oline": 8254, "frasl": 8260, "weierp": 8472, "image": 8465, "real": 8476,
        "trade": 8482, "alefsym": 8501, "larr": 8592, "uarr": 8593, "rarr": 8594, "darr": 8595, "harr": 8596,
        "crarr": 8629, "lArr": 8656, "uArr": 8657, "rArr": 8658, "dArr": 8659, "hArr": 8660, "forall": 8704,
        "part": 8706, "exist": 8707, "empty": 8709, "nabla": 8711, "isin": 8712, "notin": 8713, "ni": 8715,
        "prod": 8719, "sum": 8721, "minus": 8722, "lowast": 8727, "radic": 8730, "prop": 8733, "infin": 8734,
        "ang": 8736, "and": 8743, "or": 8744, "cap": 8745, "cup": 8746, "int": 8747, "there4": 8756,
        "sim": 8764, "cong": 8773, "asymp": 8776, "ne": 8800, "equiv": 8801, "le": 8804, "ge": 8805,
        "sub": 8834, "sup": 8835, "nsub": 8836, "sube": 8838, "supe": 8839, "oplus": 8853, "otimes": 8855,
        "perp": 8869, "sdot": 8901, "lceil": 8968, "rceil": 8969, "lfloor": 8970, "rfloor": 8971,
        "lang": 10216, "rang": 10217, "loz": 9674, "spades": 9824, "clubs": 9827, "hearts": 9829,
        "diams": 9830,
        // HTML5 names seen in mail templates
        "AMP": 38, "LT": 60, "GT": 62, "QUOT": 34, "COPY": 169, "REG": 174, "NewLine": 10, "Tab": 9,
        "hairsp": 8202, "ZeroWidthSpace": 8203, "NoBreak": 8288, "dash": 8208,
        "hyphen": 8208, "horbar": 8213, "check": 10003, "cross": 10007, "star": 9734, "starf": 9733,
        "bullet": 8226, "excl": 33, "num": 35, "dollar": 36, "percnt": 37, "lpar": 40, "rpar": 41,
        "ast": 42, "plus": 43, "comma": 44, "period": 46, "sol": 47, "colon": 58, "semi": 59, "equals": 61,
        "quest": 63, "commat": 64, "lsqb": 91, "bsol": 92, "rsqb": 93, "lowbar": 95, "grave": 96,
        "lcub": 123, "verbar": 124, "vert": 124, "rcub": 125, "nbhy": 8209,
    ]

    private static let table: [String: UInt32] = {
        var table = others
        for (offset, name) in latin1.split(separator: " ").enumerated() { table[String(name)] = 0xA0 + UInt32(offset) }
        for (offset, name) in greekCapitals.split(separator: " ").enumerated() {
            table[String(name)] = 0x391 + UInt32(offset)
        }
        for (offset, name) in greekCapitalsAfterRho.split(separator: " ").enumerated() {
            table[String(name)] = 0x3A3 + UInt32(offset)
        }
        for (offset, name) in greekSmall.split(separator: " ").enumerated() {
            table[String(name)] = 0x3B1 + UInt32(offset)
        }
        return table
    }()
}
