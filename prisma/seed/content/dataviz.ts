/** Data Visualization Club: a healthy group. Steady, good replies, a live project in the making. */
import {
  decorateLikes,
  finalizeMembers,
  generateThreads,
  GroupState,
  interleave,
  intBetween,
  edited,
  md,
  mulberry32,
  type Pool,
  r,
  type RosterEntry,
  type SeedText,
  spreadDays,
  type ThreadPlan,
  type Weighted,
} from "./generate";
import type { SeedGroup, SeedThread } from "./types";
import { firstNames } from "./users";

const CREATED = 300;

const roster: RosterEntry[] = [
  { user: "hiroshi", role: "owner", joinedDaysAgo: CREATED },
  { user: "moderator", role: "moderator", joinedDaysAgo: 296 },
  { user: "elena", role: "organizer", joinedDaysAgo: 295 },
  { user: "member", role: "member", joinedDaysAgo: 90 },
  { user: "mei", role: "member", joinedDaysAgo: 290 },
  { user: "grace", role: "member", joinedDaysAgo: 240 },
  { user: "arjun", role: "member", joinedDaysAgo: 280 },
  { user: "lukas", role: "member", joinedDaysAgo: 260 },
  { user: "noah", role: "member", joinedDaysAgo: 200 },
  { user: "maya", role: "member", joinedDaysAgo: 180 },
  { user: "sofia", role: "member", joinedDaysAgo: 170 },
  { user: "ravi", role: "member", joinedDaysAgo: 230 },
  { user: "erik", role: "member", joinedDaysAgo: 210 },
  { user: "hannah", role: "member", joinedDaysAgo: 150 },
  { user: "oliver", role: "member", joinedDaysAgo: 140 },
  { user: "isabel", role: "member", joinedDaysAgo: 160 },
  { user: "yusuf", role: "member", joinedDaysAgo: 130 },
  { user: "ben", role: "member", joinedDaysAgo: 120 },
  { user: "lucy", role: "member", joinedDaysAgo: 110 },
  { user: "diego", role: "member", joinedDaysAgo: 100 },
];

const weights: Weighted[] = [
  { key: "hiroshi", weight: 7 },
  { key: "mei", weight: 4 },
  { key: "arjun", weight: 6 },
  { key: "elena", weight: 5.5 },
  { key: "moderator", weight: 5 },
  { key: "lukas", weight: 5 },
  { key: "grace", weight: 4 },
  { key: "noah", weight: 4 },
  { key: "ravi", weight: 4 },
  { key: "erik", weight: 3.5 },
  { key: "maya", weight: 3.5 },
  { key: "sofia", weight: 3 },
  { key: "member", weight: 3 },
  { key: "hannah", weight: 2.5 },
  { key: "oliver", weight: 2 },
  { key: "isabel", weight: 2 },
  { key: "yusuf", weight: 2 },
  { key: "ben", weight: 1.5 },
  { key: "lucy", weight: 1.5 },
  { key: "diego", weight: 1.5 },
];

const handWritten: SeedThread[] = [
  {
    key: "dataviz-welcome",
    title: "Welcome to the Data Visualization Club: how we work",
    author: "hiroshi",
    daysAgo: 298,
    pinned: true,
    body: md`
      Welcome! This club is for anyone who makes charts, maps and dashboards, from spreadsheet wranglers to D3 diehards. We care about charts that are **honest, readable and a little bit beautiful**, in that order.

      How it works:

      - **Critique threads:** post a chart, say who it's for and what it should show, and ask for feedback. Be kind, be specific.
      - **Tool questions:** any tool is welcome: Excel, R, Python, Observable, Datawrapper, pen and paper.
      - **Monthly makeover:** once a month we pick a public dataset and everyone makes their own version.

      Introduce yourself below: what do you make charts for, and what's your favourite chart you've seen recently?
    `,
    replies: [
      r("mei", 3, md`
        Mei, I'm a data analyst at a public health agency. Mostly R and ggplot2, some Datawrapper for anything that goes on the website. Favourite recent chart: a simple dot plot of vaccination rates by district that replaced a terrible 3D pie chart in our annual report. Small victories.
      `),
      r("arjun", 8, md`
        Arjun, software engineer, I build internal dashboards and have strong opinions about loading spinners. Learning D3 properly this year instead of copy-pasting examples. Favourite recent chart: any slope chart, I'm in a slope chart phase.
      `, [
        r("hiroshi", 2, "A slope chart phase is a healthy phase. Welcome Arjun!"),
      ]),
      r("elena", 20, md`
        Elena, soil scientist by training, so lots of messy field data and maps. I'll happily run the monthly makeover if people are up for it.
      `, [
        r("hiroshi", 1, "Yes please! You're officially the makeover organiser."),
      ]),
    ],
  },

  {
    key: "dataviz-critique-transit-chart",
    title: "Critique please: my first chart of bus and tram ridership",
    author: "member",
    daysAgo: 2.2,
    body: md`
      First time posting a chart here, be gentle-ish! I'm trying to show that tram ridership recovered faster than bus ridership after the network redesign. Audience: a neighbourhood association newsletter, so non-experts.

      Here's what I did in matplotlib:

      \`\`\`python
      fig, ax1 = plt.subplots()
      ax1.plot(months, bus, color="tab:blue", label="Bus")
      ax2 = ax1.twinx()
      ax2.plot(months, tram, color="tab:red", label="Tram")
      ax1.set_title("Ridership 2019–2024")
      \`\`\`

      It uses two y-axes because trams carry far fewer people than buses. Something feels off but I can't say what.
    `,
    replies: [
      r("hiroshi", 1.5, md`
        Welcome to critique! The thing that feels off is the dual axis. With two independent y-axes, the reader can't compare the lines: where they cross depends entirely on how you scaled each axis, so the chart can be made to say anything.

        Since your message is about *recovery*, index both series: divide each month by its own pre-redesign average, so both start at 100. Then one axis, and the comparison is honest.
      `, [
        r("member", 1, "Oh, that makes so much sense. So the y-axis would be 'ridership as % of before'?"),
        r("hiroshi", 0.8, md`
          Exactly. Something like:

          \`\`\`python
          bus_idx = bus / bus[:12].mean() * 100
          tram_idx = tram / tram[:12].mean() * 100
          ax.axhline(100, color="0.6", lw=1)
          \`\`\`

          The line at 100 gives readers a reference for "back to normal".
        `, [
          edited(r("member", 2, "Trying it now. The story is so much clearer already, the tram line goes above 100 and the bus line doesn't."), { body: "Trying it now. The story is so much clearer already.", replacedAfterHours: 0.4 }),
        ]),
      ]),
      r("mei", 3, md`
        Agree with Hiroshi. Two more small things for a newsletter audience:

        1. Put the labels at the end of the lines instead of a legend. Newsletter readers won't look at a legend.
        2. Make the title say the finding: "Trams bounced back faster than buses after the redesign" instead of "Ridership 2019–2024".
      `, [
        r("member", 1, "Title as the finding, I love that. It feels a bit like editorialising though?"),
        r("mei", 2, md`
          > It feels a bit like editorialising though?

          It is a claim, so the chart has to support it. If it does, saying it clearly is a kindness to the reader. If you're not sure the data supports it, that's a good sign to check before publishing.
        `, [
          r("grace", 3, "This is such a good way of putting it. I'm stealing it for my team."),
        ]),
      ]),
      r("arjun", 5, md`
        Small technical note: \`twinx\` also doubles your gridlines if both axes have them, which is part of why it feels busy. Once you switch to the index, you can drop the second axis completely and use \`ax.grid(axis="y", alpha=0.3)\`.
      `),
      r("member", 20, md`
        Revised version is in the newsletter draft: indexed lines, direct labels, the finding as title, and a light reference line at 100. The editor said it's the first chart she understood without asking me. Thank you all!
      `, [], ["hiroshi", "mei", "arjun", "grace", "elena", "moderator", "noah"]),
    ],
  },

  {
    key: "dataviz-bike-counters-dashboard",
    title: "Project idea: a public dashboard of the city's bike counter data",
    author: "hiroshi",
    daysAgo: 6.5,
    body: md`
      The city publishes hourly counts from 14 automatic bike counters as open data, going back six years. Right now it's a CSV download and nobody looks at it. I'd love for the club to build a small public dashboard together:

      - daily and weekly trends per counter, with the weather alongside;
      - a map of the counters sized by traffic;
      - one or two "story" charts (effect of the new bike lanes? rainy days?).

      Tooling proposal: Observable Framework, since it builds a static site we can host for free. But I'm open.

      Who'd be in, and what would you want to work on?
    `,
    likes: ["mei", "arjun", "elena", "lukas", "moderator", "noah", "ravi", "member", "grace", "maya"],
    replies: [
      r("arjun", 1, md`
        In, and I'd like to do the data pipeline: download, clean, aggregate to daily, and publish a tidy file the charts can use. The raw files have some fun surprises (counters that report zero for a week when they're broken, daylight-saving duplicates).
      `, [
        r("hiroshi", 1.5, "Perfect, the pipeline is the part I was most worried about. Could you note the data quirks in a README as you find them?"),
        r("arjun", 0.7, "Will do. The broken-counter weeks need a rule, though. Drop them, or interpolate?"),
        r("elena", 2, md`
          Drop and show the gap. Interpolated counts look like real data on a chart and nobody reads the footnote. A gap in the line is honest and also tells people the counter was down.
        `, [
          r("arjun", 1, "Agreed, gaps it is."),
        ]),
      ]),
      r("lukas", 3, md`
        I can do the weather part: daily precipitation and temperature from the national weather service's open data. A chart of "bike counts vs rain" is probably the most shareable thing we could make.
      `),
      r("mei", 4, md`
        I'm happy to do the map, but let me push back gently on Observable Framework. Half the club uses R or Python, not JavaScript. Could the pipeline output CSV/Parquet so people can make charts in whatever tool, and we only use Framework for the final site?
      `, [
        r("hiroshi", 2, md`
          > Could the pipeline output CSV/Parquet so people can make charts in whatever tool

          Yes, good point. Framework can run Python and R data loaders too, so people could even contribute their analysis in their own language and the site just includes the output.
        `, [
          r("mei", 1, "Oh nice, I didn't know that. Then I'm fully on board."),
        ]),
      ]),
      r("member", 8, "I'm still new at this, but I'd love to help with testing and writing the short explanations for each chart. That's closer to what I do at work anyway."),
      r("moderator", 10, md`
        Suggestion: let's turn this into a proper project on the group page so tasks and contributors are visible. I'll set up a kick-off call for next week. Hiroshi, can you write a one-paragraph goal we can put at the top?
      `, [
        r("hiroshi", 1, "On it. Thanks Claire!"),
      ]),
    ],
  },

  {
    key: "dataviz-rainbow-colormap",
    title: "Is a rainbow colour map ever the right choice?",
    author: "erik",
    daysAgo: 14.3,
    body: md`
      Our team's heatmaps all use the default "jet" rainbow colour map and I'd like to argue for changing it. Before I do, I want to steelman the other side: is a rainbow map ever the right choice?
    `,
    replies: [
      r("elena", 2, md`
        The honest case for rainbow maps: when people need to read off *categories of value* from a continuous field (like "this region is in the yellow band") and they've been trained on that legend for years. Weather radar is the classic example. Changing it would confuse people more than it helps.

        For anything else, a perceptually uniform map like viridis is better: equal steps in data look like equal steps in colour, and it survives greyscale printing and colour blindness.
      `, [
        r("erik", 1, "The weather radar example is a good one. So the argument is about convention, not perception."),
        r("elena", 1.5, "Exactly. Perception says no, convention sometimes says yes."),
      ]),
      r("arjun", 3, md`
        Jet's specific problem is that it has bright bands (cyan, yellow) in the middle, so your eye sees sharp edges in the data where there are none. If you want a demo for your team, render the same smooth gradient in jet and in viridis next to each other. It convinces people in five seconds.

        Useful background: https://matplotlib.org/stable/users/explain/colors/colormaps.html
      `, [
        r("erik", 2, "The side-by-side gradient is a great idea, no arguing needed."),
      ]),
      r("mei", 5, md`
        One caveat: don't swap everything to viridis blindly. For data that diverges around a meaningful midpoint (change from last year, deviation from average), use a diverging map instead, like the ones on ColorBrewer: https://colorbrewer2.org
      `, [
        r("grace", 4, md`
          > data that diverges around a meaningful midpoint

          This is where I see the most mistakes at work: a sequential map for data with negative and positive values. Zero ends up as some random shade of green.
        `, [
          r("mei", 1, "Yes! And then the reader can't tell whether green is good or bad."),
        ]),
      ]),
      r("erik", 48, md`
        Update: did the side-by-side demo in our team meeting. The jet gradient "showed" three fake boundaries. We're switching to viridis for sequential data and RdBu for differences. Thanks all, especially for the weather radar caveat, which I used to show I'd considered the other side.
      `),
    ],
  },

  {
    key: "dataviz-small-multiples",
    title: "Small multiples versus one busy chart with twelve lines",
    author: "noah",
    daysAgo: 41,
    body: md`
      I have monthly sales for twelve product categories and my manager wants "one chart with everything". Twelve coloured lines is spaghetti. I want to propose small multiples instead, but I'm struggling to make them look good. Here's my Vega-Lite attempt:

      \`\`\`json
      {
        "mark": "line",
        "encoding": {
          "x": {"field": "month", "type": "temporal"},
          "y": {"field": "sales", "type": "quantitative"},
          "facet": {"field": "category", "columns": 4}
        }
      }
      \`\`\`

      Each panel ends up with its own tiny y-axis and it looks cramped. How do you make these readable?
    `,
    replies: [
      r("arjun", 2, md`
        First decision: shared or independent y-scales? If the point is comparing *levels* across categories, share them (the default). If it's comparing *shapes* (seasonality), use independent scales, but then label that clearly.

        To declutter, drop the axis titles inside the facets and set a single title for the whole chart:

        \`\`\`json
        "y": {"field": "sales", "type": "quantitative", "title": null, "axis": {"tickCount": 3}}
        \`\`\`
      `, [
        r("noah", 1, "tickCount 3 already helps a lot. Shared scales make the small categories basically flat lines though."),
        r("arjun", 1.5, "That's probably the truth of the data, to be fair! Sort the panels by total sales so the flat ones end up together at the bottom."),
      ]),
      r("hiroshi", 4, md`
        A trick that makes managers happy: in each panel, draw all twelve lines in light grey and highlight that panel's category in colour. You get "one chart with everything" *and* readability. Sometimes called the "spaghetti with highlights" pattern.
      `, [
        r("noah", 2, md`
          > draw all twelve lines in light grey and highlight that panel's category

          That's genius, it answers my manager's request literally. Is that doable in Vega-Lite?
        `, [
          r("hiroshi", 1, "Yes, layer a grey line of the full dataset under the faceted line. You need a repeat or a transform to duplicate the data per facet, I'll post an example tonight."),
          r("hiroshi", 9, md`
            Here's the gist: https://vega.github.io/vega-lite/examples/ has a few facet examples, and the idea is a layer with a \`detail\` encoding on category for the grey background lines, plus the coloured line filtered to the facet's category. Ping me if it fights you.
          `),
        ]),
      ]),
      r("mei", 6, "For a written report I'd also add a one-line takeaway under the chart, like 'Seasonal peaks in Q4 for 9 of 12 categories.' Managers love a sentence they can copy into their slides."),
      r("noah", 50, md`
        Showed the highlighted small multiples today. Manager's reaction: "Why didn't we do this before?" Thanks Hiroshi and Arjun for the details, and Mei for the takeaway line, which is now in the slide deck.
      `),
    ],
  },
];

const pool: Pool = {
  fills: {
    tool: ["ggplot2", "matplotlib", "Vega-Lite", "D3", "Datawrapper", "Observable Plot", "Excel", "Tableau", "Altair"],
  },
  topics: {
    charts: {
      related: ["storytelling", "accessibility"],
      sentences: [
        "A dot plot almost always beats a bar chart when the baseline isn't meaningful.",
        "Pie charts are fine for two or three parts of a whole, and painful beyond that.",
        "If the reader has to compare values precisely, put them on a common aligned scale.",
        "Slope charts are underrated for before-and-after comparisons across many groups.",
        "Stacked bars make every segment except the bottom one hard to compare.",
        "Bar charts must start at zero; line charts don't have to, but say so if you zoom in.",
        "Sorting the categories by value is the single cheapest improvement to most bar charts.",
        "A histogram with a sensible bin width tells me more than a box plot for most audiences.",
        "Heatmaps work well for time-of-day by day-of-week patterns.",
        "I'd try a horizontal bar chart here, the long category labels will finally be readable.",
        "Scatter plots with too many points need transparency or hexagonal binning.",
        "The chart type should follow from the question, not from the tool's default.",
        "Area charts exaggerate the visual weight of the top series, so use them sparingly.",
      ],
      links: [
        { url: "https://www.data-to-viz.com", label: "From Data to Viz" },
        { url: "https://clauswilke.com/dataviz/", label: "Fundamentals of Data Visualization" },
        { url: "https://en.wikipedia.org/wiki/Small_multiple", label: "small multiples" },
      ],
    },
    color: {
      related: ["accessibility", "charts"],
      sentences: [
        "Use colour to highlight one thing and grey for the rest; it is the most effective trick I know.",
        "Perceptually uniform colour maps like viridis keep equal data steps looking equal.",
        "Diverging palettes only make sense when the midpoint means something.",
        "Red and green together is a problem for around one in twelve men.",
        "I test every palette in a colour-blindness simulator before publishing.",
        "More than six or seven categorical colours and people stop being able to match them to the legend.",
        "A consistent colour for each category across all charts in a report helps readers enormously.",
        "Dark mode dashboards need a separately tuned palette, not just inverted colours.",
        "Saturated colours for small areas, muted ones for large areas, is a rule I follow.",
        "Brand colours are rarely good data colours, so negotiate a data palette with the designers early.",
        "Sequential palettes should go from light for low values to dark for high values on a light background.",
      ],
      links: [
        { url: "https://colorbrewer2.org", label: "ColorBrewer" },
        { url: "https://matplotlib.org/stable/users/explain/colors/colormaps.html", label: "matplotlib's guide to colormaps" },
      ],
    },
    tools: {
      related: ["dashboards", "wrangling"],
      sentences: [
        "For quick exploration I still reach for {tool}, even though I publish with something else.",
        "Observable Plot gets you ninety percent of D3's power with ten percent of the code.",
        "Datawrapper is hard to beat for newsroom-style charts that need to be accessible and responsive.",
        "ggplot2's grammar of graphics changed how I think about charts in every other tool.",
        "Vega-Lite specs are just JSON, which makes them easy to generate and version-control.",
        "Altair is a nice way to write Vega-Lite from Python without fighting the JSON.",
        "Matplotlib can do anything, but the defaults need a lot of styling for publication.",
        "I keep a personal theme file so every chart starts from the same fonts and gridlines.",
        "D3 is a toolkit for building visualisation tools, not a charting library, and that confuses beginners.",
        "Excel charts are fine if you remove the 3D effects, the gridlines and the default legend.",
        "Exporting SVG and finishing the annotations in a vector editor is still my go-to for print.",
        "Version-controlling chart code saved me when a client asked for last year's exact figure.",
      ],
      links: [
        { url: "https://observablehq.com/plot/", label: "Observable Plot" },
        { url: "https://vega.github.io/vega-lite/", label: "Vega-Lite" },
        { url: "https://ggplot2.tidyverse.org", label: "ggplot2" },
        { url: "https://altair-viz.github.io", label: "Altair" },
      ],
    },
    maps: {
      related: ["color", "charts"],
      sentences: [
        "A choropleth of raw counts mostly shows where people live; normalise by population or area.",
        "Large empty regions dominate choropleths visually, so consider a cartogram or a hex map.",
        "Proportional symbols work better than shading when the regions vary hugely in size.",
        "Always check the projection; web Mercator makes northern countries look enormous.",
        "For city data, a simple dot map with transparency is often more honest than any aggregation.",
        "Classed colour scales with five or so bins are easier to read than continuous ones on maps.",
        "The base map should whisper: light grey roads and water, no labels that compete with the data.",
        "Hexbin maps are great for point data like bike counters or trees.",
        "I simplify the boundary files before publishing; the full-resolution ones are huge.",
        "A locator inset helps readers who don't know the area.",
      ],
      links: [
        { url: "https://en.wikipedia.org/wiki/Choropleth_map", label: "choropleth maps" },
        { url: "https://en.wikipedia.org/wiki/Cartogram", label: "cartograms" },
      ],
    },
    storytelling: {
      related: ["charts", "color"],
      sentences: [
        "Write the title as the finding, and let the subtitle say what is being measured.",
        "Annotate the two or three points that matter directly on the chart.",
        "Direct labels at the end of lines beat a legend almost every time.",
        "Start with the question your audience actually has, not the data you happen to have.",
        "A good chart for exploration is rarely the right chart for presentation.",
        "I show the simplest version first and only then the detailed breakdown.",
        "Context lines, like a target or a historical average, make a chart instantly more readable.",
        "A one-line takeaway under the chart gets copied into slides more than the chart itself.",
        "Uncertainty deserves to be shown, even if it makes the story less tidy.",
        "Removing one chart from a report often does more than polishing the others.",
        "Showing the same scale across a series of charts stops readers from being misled.",
      ],
      links: [
        { url: "https://en.wikipedia.org/wiki/Edward_Tufte", label: "Edward Tufte" },
        { url: "https://flowingdata.com", label: "FlowingData" },
      ],
    },
    accessibility: {
      related: ["color", "storytelling"],
      sentences: [
        "Alt text should state the takeaway, not describe the axes one by one.",
        "A data table behind a toggle makes the chart usable with a screen reader.",
        "Don't rely on colour alone; use labels, patterns or position too.",
        "Minimum font size on our dashboards is now twelve pixels and nobody has complained.",
        "Contrast matters for the data marks too, not just for the text.",
        "Keyboard navigation for interactive charts is rarely done but really appreciated.",
        "Tooltips that only appear on hover exclude touch and keyboard users.",
        "I read my chart's alt text aloud to check it makes sense without the picture.",
        "Plain-language labels help everyone, not only people using assistive technology.",
        "Animated transitions should respect the reduced-motion setting.",
      ],
      links: [
        { url: "https://www.w3.org/WAI/tutorials/images/complex/", label: "the W3C tutorial on complex images" },
      ],
    },
    wrangling: {
      related: ["tools", "dashboards"],
      sentences: [
        "Most of my time goes into reshaping data into a tidy long format before any chart happens.",
        "Missing values should be visible as gaps, not silently interpolated.",
        "Daylight-saving changes create duplicate or missing hours in every hourly dataset I've used.",
        "I keep the raw files untouched and do every cleaning step in a script.",
        "Outliers are either the most interesting thing in the data or a sensor error, so check them first.",
        "Aggregating to weekly totals hides a lot of noise but also the day-of-week pattern.",
        "A README listing every data quirk saves the next person hours.",
        "Parquet files made our pipeline much faster than passing around CSVs.",
        "Joining on names instead of IDs has burned me more than once.",
        "Always check the units; I once plotted kilometres against miles for a week before noticing.",
        "Rolling averages are useful, but say the window size on the chart.",
      ],
      links: [
        { url: "https://en.wikipedia.org/wiki/Tidy_data", label: "tidy data" },
        { url: "https://parquet.apache.org", label: "Apache Parquet" },
      ],
    },
    dashboards: {
      related: ["tools", "storytelling"],
      sentences: [
        "A dashboard with more than six charts is usually a report pretending to be a dashboard.",
        "Put the number people check every morning at the top left, big.",
        "Every filter doubles the number of states you need to test.",
        "I add the data's last-updated time to every dashboard, it prevents so many questions.",
        "Sparklines next to key numbers give trend context without taking much space.",
        "Interactivity is great for exploration but most viewers never touch the filters.",
        "Loading time matters more than any visual polish on a dashboard people open daily.",
        "We removed half the charts from our team dashboard and usage went up.",
        "A static weekly summary email reaches more people than the dashboard ever did.",
        "Consistent date ranges across all charts on a page avoid a lot of confusion.",
      ],
      links: [
        { url: "https://observablehq.com/framework/", label: "Observable Framework" },
      ],
    },
  },
  general: [
    "It really depends on who the audience is and how long they'll look at it.",
    "I'd sketch it on paper first; it's much faster to throw away a sketch than code.",
    "We had exactly this debate at work last month.",
    "Showing a draft to someone outside the team is the best test I know.",
    "There's no universal rule, but there are a lot of good defaults.",
    "I'd try two versions and see which one people understand faster.",
    "My rule of thumb is that if I need to explain the chart, the chart needs work.",
    "This would make a great monthly makeover dataset.",
    "I learned this the hard way on a project last year.",
    "Could you share the data or a sample? It's easier to give concrete suggestions.",
    "Half of good charting is deciding what to leave out.",
    "I keep a folder of charts I admire and look at it before starting anything new.",
    "The defaults in most tools are designed for exploration, not for publication.",
    "Try explaining the chart in one sentence to a colleague and see where they get lost.",
    "Consistency across a report matters more than any single perfect chart.",
    "I'm biased towards simple charts, so take my advice with that in mind.",
    "There's a great section on this in one of the books on the club shelf.",
    "Happy to pair on this over a call if it helps.",
    "I'd be curious to see the before and after.",
    "Honestly, the data quality question comes before any of the design ones.",
  ],
  openers: ["Good question.", "Nice one.", "Interesting problem.", "I've wrestled with this too.", "Quick take:", "From the newsroom side:", "Adding to the good answers above:"],
  addressed: [
    "Thanks {name}, that's a useful distinction.",
    "{name}, agreed on the main point.",
    "Good catch, {name}.",
    "{name}, would that still work on mobile?",
    "I'd push back a little, {name}.",
    "{name}, that matches our experience at work.",
    "Interesting, {name}, I hadn't considered that.",
    "{name}, do you have an example of that?",
  ],
  closers: ["Hope that helps.", "Curious to see what you end up with.", "Post the revised version!", "Happy to look at a draft.", "Just my two cents."],
  short: [
    "Bookmarking this thread, great answers.",
    "Thanks {name}, this is exactly what I needed.",
    "Seconding everything said here, really useful.",
    "Great discussion, I learned a lot from this.",
    "Adding this to our team's style guide.",
  ],
  linkIntros: ["Good reference: {link}", "This helped me a lot: {link}", "Worth bookmarking: {link}", "See also {link}"],
};

const seeds: SeedText[] = [
  { key: "dataviz-makeover-air-quality", topic: "charts", title: "Monthly makeover: air quality sensor readings", body: "This month's makeover dataset is a year of hourly PM2.5 readings from five sensors around the city. The original chart is a line chart with 8,760 points per sensor. What would you make? Share sketches, code, or finished charts.", answers: ["I'd aggregate to daily medians and show the hourly range as a light band behind the line.", "A calendar heatmap per sensor would show the winter heating season immediately."] },
  { key: "dataviz-survey-likert", topic: "charts", title: "Best way to chart Likert survey results?", body: "I have a staff survey with 20 questions on a five-point agree/disagree scale. Stacked bars are the default, but they're hard to read. What do you use for Likert data?", answers: ["Diverging stacked bars centred on the neutral category are the standard for a reason.", "Sort the questions by net agreement so the pattern jumps out."] },
  { key: "dataviz-log-scale-audience", topic: "charts", title: "Log scales for a general audience: yes or no?", body: "My data spans four orders of magnitude (city budgets from small villages to the capital). A linear scale squashes everything, a log scale confuses people. Is there a middle ground?", answers: ["Log scales are fine if you label the ticks with real values like 1k, 10k, 100k rather than exponents.", "Sometimes two charts are better: one for the big cities and one for the rest."] },
  { key: "dataviz-categorical-palette", topic: "color", title: "Categorical palette for nine categories?", body: "The comms team wants nine departments shown in distinct colours, consistently across all our reports. Is that even possible while staying colour-blind safe? Any palettes you'd recommend?", answers: ["Nine distinct colours is pushing it; I'd group the smaller departments into 'other' where possible.", "The Okabe-Ito palette gives you eight colour-blind-safe colours, which gets you close."] },
  { key: "dataviz-dark-mode-charts", topic: "color", title: "Charts in dark mode: what changes?", body: "Our app just got a dark mode and the charts look terrible in it. Is it enough to swap the background and text colours, or does the palette need rethinking too?", answers: ["The palette needs adjusting, saturated colours that work on white glow uncomfortably on dark backgrounds.", "Sequential scales need to flip so that high values are the brightest, not the darkest."] },
  { key: "dataviz-observable-vs-python", topic: "tools", title: "Observable or Python notebooks for exploratory work?", body: "I'm mostly a Python person but everyone around me raves about Observable. For exploratory analysis, is it worth learning JavaScript, or is Jupyter plus Altair just as good?", answers: ["For exploration I stick to the language my data tools are in, which for most of us is Python or R.", "Observable shines when you want to share an interactive exploration with someone non-technical."] },
  { key: "dataviz-ggplot-theme", topic: "tools", title: "Share your ggplot2 house theme", body: "I'm building a house theme for our team's ggplot2 charts: fonts, gridlines, title placement, caption style. Would anyone share theirs? I'm especially unsure about gridline weight and legend placement.", answers: ["We use light horizontal gridlines only, no vertical ones, and titles aligned left with the plot.", "Legend at the top, left aligned, so people see it before reading the chart."] },
  { key: "dataviz-svg-print", topic: "tools", title: "Getting charts from code to print without losing quality", body: "We're printing a report for the first time. What's the most reliable workflow from chart code to a print-ready PDF? My fonts keep getting substituted.", answers: ["Export SVG with text as text, then embed the fonts when you export the final PDF.", "Set the figure size in the code to the exact print size so the font sizes stay true."] },
  { key: "dataviz-choropleth-normalise", topic: "maps", title: "Choropleth of cycling accidents: counts or rates?", body: "I mapped cycling accidents by district and the central districts light up. A colleague says I'm just mapping where people cycle. Should I divide by population, by cycling traffic, or something else?", answers: ["Divide by cycling exposure if you have it, otherwise you're mostly mapping traffic volume.", "Show both maps side by side and explain why they differ, that's often the most interesting story."] },
  { key: "dataviz-hex-map-regions", topic: "maps", title: "Hex maps versus real geography", body: "For a map of regional results I'm considering a hex map where every region is the same size. It's fairer to small regions, but people can't find their own region. Has anyone tested this with readers?", answers: ["Label each hexagon with an abbreviation and readers find their region quickly.", "A small real-geography locator next to the hex map helps people orient themselves."] },
  { key: "dataviz-annotation-layer", topic: "storytelling", title: "How much annotation is too much?", body: "After the discussion on titles as findings, I went overboard and annotated everything. Now my chart looks like a crossword puzzle. How do you decide which points deserve a label?", answers: ["Annotate what supports the title's claim and anything surprising; leave the rest alone.", "Two or three annotations is usually the sweet spot for a single chart."] },
  { key: "dataviz-uncertainty-public", topic: "storytelling", title: "Showing uncertainty to the public", body: "We're publishing population projections with wide confidence intervals. Management wants a single line because 'people don't understand intervals'. How do you argue for showing uncertainty?", answers: ["A fan chart with the central line darker shows both the best guess and the uncertainty.", "Say in words what the interval means, like 'likely between X and Y', right on the chart."] },
  { key: "dataviz-alt-text-charts", topic: "accessibility", title: "Writing good alt text for charts", body: "Our accessibility audit flagged that none of our charts have useful alt text. What does good alt text for a line chart look like? Do you describe the axes, the trend, the data?", answers: ["Lead with the takeaway, then the chart type and the range, and link to the data table.", "Keep it short; the data table carries the detail for people who want it."] },
  { key: "dataviz-tooltips-mobile", topic: "accessibility", title: "Hover tooltips and mobile users", body: "Our interactive charts rely on hover tooltips for exact values. On mobile they're useless. How do you design for touch without cluttering the chart?", answers: ["Tap-to-select with a fixed info panel below the chart works well on touch screens.", "Put the key values directly on the chart and keep tooltips for the extra detail."] },
  { key: "dataviz-tidy-wide-long", topic: "wrangling", title: "Wide or long format before charting?", body: "I keep fighting with my data shape: the spreadsheets come wide (one column per year) but every charting tool wants long format. What's your standard reshaping workflow?", answers: ["I pivot to long format immediately after loading and never look back.", "Keep a small reshape script per source so the weird spreadsheet layouts only hurt once."] },
  { key: "dataviz-sensor-gaps", topic: "wrangling", title: "How do you show gaps in sensor data?", body: "Our counters go offline now and then. Interpolating feels dishonest, but broken lines look like a bug to some readers. What do you do?", answers: ["Leave the gap and add a small note like 'counter offline' right where it happens.", "A faint dotted line across the gap makes it clear that data is missing, not zero."] },
  { key: "dataviz-dashboard-kpis", topic: "dashboards", title: "Too many KPIs on one dashboard", body: "Our team dashboard has 23 KPIs and nobody looks at it. I want to cut it down but everyone defends their metric. How have you handled this politically?", answers: ["Ask each owner what decision their metric informs; the ones without an answer go to a second page.", "We tracked which charts people actually opened and used that data to argue for cuts."] },
  { key: "dataviz-dashboard-refresh", topic: "dashboards", title: "Showing data freshness on dashboards", body: "People keep making decisions on our dashboard without noticing the data stopped updating three days ago. How do you make freshness visible without shouting?", answers: ["A 'data as of' timestamp under the title, turning amber when it's older than expected.", "We send an alert to the owner when the pipeline fails, so the dashboard is rarely stale."] },
  { key: "dataviz-bar-zero", topic: "charts", title: "Does a bar chart really need to start at zero?", body: "A colleague truncated the y-axis of a bar chart to make differences visible. I said bars must start at zero, he said that rule is dogma. Who's right?", answers: ["Bars encode value by length, so truncating them misrepresents the data; switch to dots if you need to zoom.", "If the differences only look meaningful when truncated, maybe they aren't meaningful."] },
  { key: "dataviz-report-consistency", topic: "storytelling", title: "Keeping 40 charts consistent in an annual report", body: "I'm coordinating an annual report with 40 charts from six authors. How do you keep colours, fonts and wording consistent without becoming the chart police?", answers: ["A short style guide with do and don't examples, plus a shared theme file, did most of the work for us.", "One final review pass by a single person catches the remaining inconsistencies."] },
  { key: "dataviz-maps-projection", topic: "maps", title: "Which projection for a world map of research partners?", body: "I need a world map showing our research partners. Web Mercator makes Europe look huge compared to Africa. What projection do you use for a general-audience world map?", answers: ["Equal Earth is a good default for thematic world maps, it keeps areas honest and still looks familiar.", "For partner locations, a simple dot map in a compromise projection like Robinson is fine too."] },
];

function build(): SeedGroup {
  const rng = mulberry32(0x2d7a9b);
  const days = spreadDays(rng, seeds.length, 0.6, 118, 1.1, 0.3);
  const plans: ThreadPlan[] = interleave(seeds, 8).map((s, i) => ({
    key: s.key,
    title: s.title,
    topic: s.topic,
    body: s.body,
    answers: s.answers,
    daysAgo: days[i] as number,
    replies: intBetween(rng, 3, 9),
  }));
  const state = new GroupState();
  for (const t of handWritten) state.bodies.add(t.body);
  const generated = generateThreads(
    {
      seed: 0x44d1,
      members: weights,
      names: firstNames,
      pool,
      firstReplyHours: [0.8, 14],
      replyHours: [1, 30],
      slowReply: { p: 0.1, hours: [24, 72] },
      floorHoursAgo: 1,
      pToOpener: 0.45,
      maxDepth: 5,
      sentences: [3, 5],
      pShort: 0.05,
      pQuote: 0.2,
      pLink: 0.12,
      pList: 0,
      pOpener: 0.3,
      pCloser: 0.25,
      pPingPong: 0.4,
      pOpReplies: 0.35,
      likes: { opener: 2.5, reply: 1.3, max: 9 },
    },
    plans,
    state,
  );
  decorateLikes(handWritten, weights, 0xd47a, 1.8);
  const threads = [...handWritten, ...generated];
  return {
    slug: "data-viz-club",
    name: "Data Visualization Club",
    description: md`
      For people who make charts, maps and dashboards, in any tool from spreadsheets to D3. We care about charts that are **honest, readable and a little bit beautiful**.

      Post a chart for friendly critique, ask tool questions, or join the monthly makeover, where everyone redraws the same public dataset. Currently building a public dashboard of the city's bike counter data together.
    `,
    tags: ["data-visualization", "charts", "dashboards", "open-data"],
    visibility: "public",
    language: "en",
    intendedState: "healthy",
    createdDaysAgo: CREATED,
    members: finalizeMembers(roster, CREATED, threads),
    threads,
  };
}

export const datavizGroup: SeedGroup = build();
export const datavizHandWrittenKeys: string[] = handWritten.map((t) => t.key);
