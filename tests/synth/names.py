# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Name pools for synthetic people, with Zipf-like frequencies so common names really repeat.

Our own lists (no external data, no Faker). Each pool is written in rough order of frequency
and weighted ``1 / (rank + 8) ** 0.75``: the head of a pool (Peeters, Jan, Marie) is drawn often
enough that namesakes ("three different Jan Peeters") arise on their own in a few thousand
people, which is what makes them hard negatives for matching. Formal names that people rarely
use day to day (Koenraad, Jozef, Johanna) are in the pools so that nickname corruption has
something to work on; see :mod:`tests.synth.nicknames`.

Surnames have a long tail. Real surname distributions are much flatter than any hand-written
list: Statbel counts Peeters, the most common Belgian surname, at about 0.28 % of the
population, Janssens 0.26 %, Maes 0.24 %. A pool of 173 Flemish surnames alone would make each
of them six times too common (Peeters came out at 1.5 % and 6.5 % of people shared their exact
full name with someone else, against 1.57 % in the census data MATCHING.md measured). So the
curated head keeps :data:`HEAD_SHARE` of the draws and the rest comes from surnames composed
the way the language builds them (``Van den`` + ``Berghe``, ``Ver`` + ``meulen`` + ``s``,
``Mar`` + ``chal``), which gives Peeters ~0.4 % and about 2 % of people with a namesake before
the planted hard negatives are added.

Origins: ``flemish``, ``dutch``, ``walloon`` (French-speaking Belgium) and ``international``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

ORIGINS = ("flemish", "dutch", "walloon", "international")
ORIGIN_WEIGHTS = (0.55, 0.18, 0.15, 0.12)

ZIPF_EXPONENT = 0.75
ZIPF_OFFSET = 8
HEAD_SHARE = 0.15
"""Share of surname draws taken from the curated, frequency-ordered head of each pool."""


@dataclass(frozen=True, slots=True)
class Pool:
    """A weighted list of names; ``pick`` draws one with its Zipf-like weight."""

    names: tuple[str, ...]
    cum_weights: tuple[float, ...]

    def pick(self, rng: random.Random) -> str:
        """One name drawn by weight with ``rng``."""
        return rng.choices(self.names, cum_weights=self.cum_weights)[0]

    def share(self, name: str) -> float:
        """The probability of drawing ``name`` (0 when absent), for tests and reports."""
        total = self.cum_weights[-1]
        previous = 0.0
        for candidate, cumulative in zip(self.names, self.cum_weights, strict=True):
            if candidate == name:
                return (cumulative - previous) / total
            previous = cumulative
        return 0.0


def zipf_pool(text: str) -> Pool:
    """A pool from a comma-separated list in frequency order (duplicates keep the first rank)."""
    names = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    weights = [1.0 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in range(1, len(names) + 1)]
    return Pool(names, tuple(itertools.accumulate(weights)))


_FLEMISH_MALE = """
Jan, Peter, Marc, Luc, Dirk, Koen, Bart, Tom, Kris, Geert, Patrick, Filip, Johan, Stefaan,
Pieter, Frank, Paul, Guy, Erik, Joris, Wouter, Jeroen, Thomas, Stijn, Steven, Willem, Jozef,
Hans, Rudi, Danny, Werner, Sven, Kevin, Jonas, Lucas, Arne, Maarten, Bram, Tim, Jens, Nick,
Glenn, Gert, Dries, Lieven, Hendrik, Frederik, Kristof, Christophe, Koenraad, Eddy, Ronny,
Wesley, Brecht, Ruben, Robbe, Simon, Matthias, Michiel, Niels, Toon, Seppe, Lander, Wout,
Pieterjan, Jan-Pieter, Louis, Vincent, Gilles, Sander, Yannick, Tijs, Dieter, Gunther, Ivo,
Yves, Benny, Franciscus, Ludovicus, Petrus, Antonius, Bert, Jef, Lode, Jurgen, Bjorn, Senne
"""
_FLEMISH_FEMALE = """
An, Ann, Els, Sofie, Katrien, Veerle, Inge, Sarah, Lien, Leen, Hilde, Griet, Karen, Nathalie,
Kim, Eva, Lies, Evelien, Anne, Nele, Annelies, Sara, Charlotte, Julie, Laura, Lotte, Tine,
Ilse, Kathleen, Martine, Christine, Greet, Kristien, Femke, Elke, Caroline, Ellen, Jolien,
Hanne, Lore, Marie, Emma, Fien, Ine, Wendy, Sandra, Nancy, Isabelle, Valerie, Stefanie,
Johanna, Elisabeth, Maria, Catharina, Margaretha, Godelieve, Liesbeth, Joke, Mieke, Anja,
Bieke, Saskia, Tinne, Marleen, Rita, Lutgart, Hannelore, Goedele, Sien, Marieke, Astrid,
Birgit, Heidi, Ingrid, Jessica, Katleen, Leentje, Margot, Nina, Romy, Silke, Tessa, Vicky
"""
_DUTCH_MALE = """
Jeroen, Bas, Sander, Maarten, Daan, Thijs, Joost, Niels, Wouter, Ruud, Rutger, Mark, Martijn,
Hendrik, Willem, Johannes, Cornelis, Jacobus, Gerardus, Pieter, Dirk, Arjen, Erwin, Roel,
Jasper, Bart, Frits, Hugo, Gijs, Floris, Stijn, Tim, Lars, Ruben, Teun, Sem, Jesse, Bram,
Luuk, Mees, Job, Freek, Frederik, Reinier, Remco, Menno, Sjoerd, Wilco, Marco, Edwin, Henk,
Kees, Nicolaas, Adrianus, Theodorus, Gijsbert, Hubertus, Rob, Tijmen, Wessel, Koen, Jan
"""
_DUTCH_FEMALE = """
Anouk, Sanne, Lotte, Femke, Marloes, Ilse, Esther, Ingrid, Marieke, Annemiek, Petra, Monique,
Linda, Mirjam, Judith, Willemijn, Eline, Iris, Fleur, Noor, Sophie, Lieke, Anne, Marjolein,
Janneke, Renske, Wendy, Yvonne, Karin, Margriet, Geertje, Hanneke, Johanna, Elisabeth,
Catharina, Maria, Wilhelmina, Cornelia, Hendrika, Tessa, Roos, Merel, Joyce, Chantal, Nienke,
Floor, Maaike, Suzanne, Astrid, Jolanda, Sandra, Miranda, Bregje, Annelies, Evelien
"""
_WALLOON_MALE = """
Jean, Pierre, Philippe, Michel, Alain, Christophe, Olivier, Nicolas, François, Frédéric,
Laurent, Didier, Benoît, Thierry, Stéphane, Sébastien, Julien, Guillaume, Emmanuel, Jean-Marc,
Jean-Pierre, Jean-Luc, Xavier, Vincent, Grégory, Damien, Cédric, Jérôme, Maxime, Antoine,
Thomas, Hugo, Arnaud, Quentin, Dominique, Fabrice, Gaëtan, Régis, Benjamin, Alexandre, Joseph,
Jean-François, Jean-Baptiste, Raphaël, Loïc, Mathieu, Bernard, Patrice, Marcel, Yves
"""
_WALLOON_FEMALE = """
Marie, Isabelle, Nathalie, Sophie, Catherine, Christine, Françoise, Véronique, Valérie, Anne,
Sandrine, Stéphanie, Céline, Aurélie, Julie, Caroline, Émilie, Hélène, Béatrice, Chantal,
Dominique, Martine, Sylvie, Pascale, Laurence, Florence, Delphine, Mélanie, Camille, Manon,
Élise, Géraldine, Noémie, Amélie, Marie-Claire, Anne-Sophie, Marie-Christine, Élisabeth,
Cécile, Brigitte, Monique, Joëlle, Virginie, Gaëlle, Anaïs, Chloé
"""
_INTERNATIONAL_MALE = """
William, Robert, Richard, James, Michael, Anthony, Christopher, Daniel, Edward, Joseph,
Stephen, Samuel, Benjamin, Nicholas, David, Mohamed, Ahmed, Youssef, Mehmet, Ali, Piotr,
Tomasz, Krzysztof, Jürgen, Klaus, Stefan, Matthias, José, Carlos, Javier, Luis, Giovanni,
Marco, Luca, Rahul, Arjun, Vikram, Chinedu, Emeka, Oluwaseun, Kwame, Minh, Duc, Sean, Patrick,
Liam, Conor, Ömer, Björn, Lars, Andrzej, Karim, Hamza, Rajesh, Kenji, Wei
"""
_INTERNATIONAL_FEMALE = """
Elizabeth, Margaret, Katherine, Jennifer, Patricia, Rebecca, Sarah, Emily, Priya, Ananya,
Deepa, Fatima, Aisha, Leila, Zeynep, Ayşe, Agnieszka, Katarzyna, Magdalena, Anna, María,
Lucía, Carmen, Giulia, Francesca, Chiara, Ngozi, Chioma, Adaeze, Linh, Mai, Siobhán, Aoife,
Niamh, Sinéad, Ingrid, Åsa, Małgorzata, Yasmine, Nadia, Mei, Yuki, Olga, Elena, Hannah
"""

_FLEMISH_SURNAMES = """
Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,
Vermeulen, Van den Broeck, Hermans, Aerts, Michiels, Pauwels, Desmet, De Clercq, Verstraete,
Martens, Stevens, Cools, Van Damme, Smets, Wuyts, Van Dyck, Thys, Lemmens, Bogaerts, Claeys,
Coppens, Segers, Verhoeven, De Backer, Hendrickx, Verbeke, Vermeersch, De Wilde, Van de Velde,
Vandenbroucke, Van Acker, Verschueren, Van Hoof, Dierckx, Geerts, Luyten, Vandamme, Laenen,
De Meyer, Van Hecke, Verheyen, Timmermans, Declercq, Vervoort, Van Gorp, Van Aelst, Van Looy,
Huybrechts, Verlinden, Van Camp, Bosmans, Heylen, Claessens, De Cock, Baert, Vanhove, De Vos,
Verbruggen, Boeckx, Cuypers, Engelen, Smolders, De Pauw, D'Hondt, D'Haese, Van Houtte,
Vanderstraeten, Van der Auwera, Van Gucht, Vanhoutte, Vandewalle, Van de Walle, Vanderheyden,
Vercauteren, Schepens, Van Puyvelde, Van Laere, Coene, Ghys, De Bruyne, Debruyne, Vandevelde,
Verhaegen, Nijs, Wijns, Swinnen, Gielen, Dewulf, De Wulf, Hoste, Lauwers, Moens, Van Dessel,
Van Eyck, Van Hove, Vanhees, Wauters, Bastiaens, Casteels, Cornelis, Daems, De Coninck,
De Keyser, De Ridder, De Roeck, De Schepper, Deckers, Delanghe, Dhaene, Dockx, Driesen,
Ceulemans, Eeckhout, Franssen, Geens, Goris, Govaerts, Hellemans, Jorissen, Kerckhofs, Lenaerts,
Leysen, Meeus, Moons, Nuyts, Op de Beeck, Raes, Roels, Rombouts, Schoofs, Sterckx, Tielemans,
Van Bael, Van Belle, Van Dooren, Van Gestel, Van Goethem, Van Mechelen, Van Roy, Verbist,
Vercammen, Verhelst, Vloeberghs, Van den Bossche, Vanden Bossche, Van den Berghe, Vandenberghe,
Van den Eynde, Van der Linden, Vanderlinden, Van den Broucke, Vanlaer, Van Rompaey, Van Hoeck,
Van Steen, De Bock, De Mey, Van Riet, Verbeeck, Van Overmeire, Callens, Lievens, Blommaert
"""
_DUTCH_SURNAMES = """
de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer,
de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit,
Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen,
van den Heuvel, van der Veen, van den Broek, de Bruijn, de Bruin, van der Heijden, Schouten,
van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam,
van der Wal, Prins, Blom, Huisman, de Jonge, Kuipers, van Veen, Post, Kuiper, Veenstra, Kramer,
van den Brink, Scholten, van Wijk, Postma, Martens, Vink, de Ruiter, Groen, Gerritsen, Jonker,
van Loon, Boer, van der Velde, Willemsen, Smeets, de Lange, Bosch, van Dongen, Schipper,
de Koning, van der Laan, Koning, Driessen, van Doorn, Evers, van den Bosch, van der Meulen,
Hofman, Bosman, Wolters, Sanders, van der Horst, Mol, Kuijpers, Molenaar, van de Pol,
de Leeuw, Verbeek, 't Hooft, 't Hart, ter Horst, ten Brink, van 't Hof, van Rijn, Zwart
"""
_WALLOON_SURNAMES = """
Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Dumont, Renard, Gérard, Lejeune,
François, Mathieu, Collard, Denis, Henry, Lemaire, Fontaine, Lefèvre, Lefebvre, Masson, Noël,
Marchal, Michel, Petit, Hubert, Thiry, Leroy, Delvaux, Dethier, Jacquet, Bertrand, Pirard,
Gilson, Goffin, Bodart, Piette, Remacle, Defays, Delhaye, Lhoest, Dufour, Wathelet, Lecomte,
Poncelet, Moreau, Vincent, Deprez, Charlier, Cornet, Delfosse, Louis, Gobert, Evrard, Dupuis,
Frère, Bastin, Collignon, Léonard, Mahieu, Rousseau, Girard, Bernard, Dumoulin, de Hemptinne,
d'Ursel, Le Grelle, Desmedt, Englebert, Fraikin, Hanquet, Jadot, Kinet, Lonneux, Marechal
"""
_INTERNATIONAL_SURNAMES = """
Müller, Schmidt, Schneider, Fischer, Weber, Meyer, García, Martínez, Rodríguez, López,
Fernández, González, Rossi, Russo, Ferrari, Esposito, Bianchi, Kowalski, Nowak, Wiśniewski,
Wójcik, Kowalczyk, O'Brien, O'Connor, Murphy, Kelly, Smith, Jones, Williams, Brown, Taylor,
Nguyen, Tran, Le, Pham, Okafor, Okonkwo, Adeyemi, Mensah, Osei, Raman, Sharma, Patel, Gupta,
Iyer, Yılmaz, Kaya, Demir, El Amrani, Benali, El Idrissi, Haddad, Tanaka, Chen, Wang, Kim,
Park, Andersson, Johansson, Novák, Horváth, Popescu, Ivanov, da Silva, Santos, Pereira, Costa,
dos Santos, Schäfer, Öztürk, Şahin, Łukasik, Nørgaard, Ó Súilleabháin, MacLeod, Van Buren
"""

MALE: dict[str, Pool] = {
    "flemish": zipf_pool(_FLEMISH_MALE),
    "dutch": zipf_pool(_DUTCH_MALE),
    "walloon": zipf_pool(_WALLOON_MALE),
    "international": zipf_pool(_INTERNATIONAL_MALE),
}
FEMALE: dict[str, Pool] = {
    "flemish": zipf_pool(_FLEMISH_FEMALE),
    "dutch": zipf_pool(_DUTCH_FEMALE),
    "walloon": zipf_pool(_WALLOON_FEMALE),
    "international": zipf_pool(_INTERNATIONAL_FEMALE),
}
# Building blocks of composed surnames, per language.
_PARTS = {
    "flemish": (
        ("", "", "", "Van ", "Van de ", "Van den ", "Vanden", "Vande", "De ", "Ver", "D'"),
        (
            "Berg",
            "Bos",
            "Broek",
            "Meulen",
            "Velde",
            "Hoven",
            "Putte",
            "Wyngaert",
            "Kerckhove",
            "Steen",
            "Poel",
            "Linden",
            "Haute",
            "Brugge",
            "Leene",
            "Bruyn",
            "Moer",
            "Heyden",
            "Voorde",
            "Damme",
            "Walle",
            "Eycken",
            "Hecke",
            "Acker",
            "Borght",
            "Donck",
            "Goor",
            "Lancker",
            "Mael",
            "Plas",
            "Ryck",
            "Schuer",
            "Vloet",
            "Wauw",
            "Zande",
            "Gucht",
            "Camp",
            "Dycke",
            "Hulle",
            "Kets",
            "Loock",
            "Mol",
            "Paesschen",
            "Riet",
            "Schoor",
        ),
        ("", "", "", "e", "s", "en", "ens", "aert", "aerts", "ckx", "man", "mans", "he"),
    ),
    "dutch": (
        ("", "", "", "van ", "van de ", "van den ", "van der ", "de ", "ter ", "ten "),
        (
            "Berg",
            "Dijk",
            "Wal",
            "Veen",
            "Hoek",
            "Kamp",
            "Horst",
            "Brink",
            "Wetering",
            "Laar",
            "Zand",
            "Vliet",
            "Heuvel",
            "Leeuw",
            "Graaf",
            "Wind",
            "Beek",
            "Bosch",
            "Molen",
            "Hof",
            "Haar",
            "Kolk",
            "Meer",
            "Steeg",
            "Akker",
            "Linde",
            "Water",
            "Velden",
            "Boom",
            "Wijk",
        ),
        ("", "", "", "s", "er", "ink", "ing", "man", "stra", "sma", "ema", "ens"),
    ),
    "walloon": (
        ("", "", "", "", "De", "Du", "Le", "La", "Des"),
        (
            "Mar",
            "Ber",
            "Gil",
            "Pon",
            "Lam",
            "Fran",
            "Hen",
            "Jac",
            "Col",
            "Ren",
            "Mass",
            "Thi",
            "Bau",
            "Char",
            "Dar",
            "Fau",
            "Gob",
            "Hoc",
            "Lec",
            "Mor",
            "Pir",
            "Rou",
            "Sau",
            "Vil",
        ),
        (
            "chal",
            "nard",
            "lard",
            "son",
            "quet",
            "ry",
            "mont",
            "tier",
            "doux",
            "aux",
            "let",
            "bert",
            "mart",
            "ville",
            "court",
            "champ",
            "fort",
            "lin",
            "ard",
            "ot",
            "in",
        ),
    ),
}
_TAIL_SIZE = 2500


def composed_surnames(origin: str) -> tuple[str, ...]:
    """Plausible surnames built from the language's parts, in a fixed order (no randomness)."""
    parts = _PARTS.get(origin)
    if parts is None:
        return ()
    prefixes, stems, suffixes = parts
    names: dict[str, None] = {}
    for stem, suffix, prefix in itertools.product(stems, suffixes, prefixes):
        if stem[-1] in "ae" and suffix[:1] in ("a", "e"):
            continue  # "Vandehulle" + "en" is not a name anybody has
        body = stem + suffix
        if prefix and not prefix.endswith((" ", "'")):
            body = body.lower()  # joined prefixes: Vandenberghe, Verbruggen, Dumont
        names.setdefault(f"{prefix}{body}", None)
    ordered = sorted(names, key=lambda n: (hash_stable(n), n))
    return tuple(ordered[:_TAIL_SIZE])


def hash_stable(text: str) -> int:
    """A process-independent hash (Python's ``hash`` of str is salted per process)."""
    value = 0
    for char in text:
        value = (value * 131 + ord(char)) % 1_000_003
    return value


def surname_pool(text: str, origin: str) -> Pool:
    """The curated head (Zipf-weighted, :data:`HEAD_SHARE` of draws) plus the composed tail."""
    head = zipf_pool(text)
    tail = tuple(n for n in composed_surnames(origin) if n not in set(head.names))
    if not tail:
        return head
    head_total = head.cum_weights[-1]
    scale = HEAD_SHARE / head_total
    weights = [
        (b - a) * scale for a, b in zip((0.0, *head.cum_weights), head.cum_weights, strict=False)
    ]
    weights += [(1 - HEAD_SHARE) / len(tail)] * len(tail)
    return Pool(head.names + tail, tuple(itertools.accumulate(weights)))


SURNAMES: dict[str, Pool] = {
    "flemish": surname_pool(_FLEMISH_SURNAMES, "flemish"),
    "dutch": surname_pool(_DUTCH_SURNAMES, "dutch"),
    "walloon": surname_pool(_WALLOON_SURNAMES, "walloon"),
    "international": zipf_pool(_INTERNATIONAL_SURNAMES),
}


def pick_origin(rng: random.Random) -> str:
    """An origin drawn with the Belgian-leaning mix of :data:`ORIGIN_WEIGHTS`."""
    return rng.choices(ORIGINS, weights=ORIGIN_WEIGHTS)[0]


def pick_given(rng: random.Random, origin: str, gender: str) -> str:
    """A formal given name for ``gender`` (``"m"`` or ``"f"``) of ``origin``.

    One in ten people carries a given name from another origin (mixed families, migration),
    so name origin is a hint, not a rule.
    """
    if rng.random() < 0.1:
        origin = pick_origin(rng)
    pools = MALE if gender == "m" else FEMALE
    return pools[origin].pick(rng)


def pick_surname(rng: random.Random, origin: str) -> str:
    """A family name of ``origin`` in its canonical (registered) spelling."""
    return SURNAMES[origin].pick(rng)
