// Structured data (schema.org JSON-LD) for every page, from one typed helper. Each page gets a
// BreadcrumbList and a WebPage (a MedicalWebPage on clinical pages); articles add an Article,
// condition pages a MedicalCondition built from the topics they link to.
import { SITE_NAME } from '../../consts.ts';

/** One crumb: its label and absolute address. */
export interface Crumb {
  label: string;
  url: string;
}

/** What a page says about itself for search engines. */
export interface PageFacts {
  url: string;
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Set on clinical pages (articles, topics, tools): makes the page a MedicalWebPage. */
  medical?: { lastReviewed: string; about: { type: string; name: string }[] };
  /** Set on articles. */
  article?: { headline: string; image: string; datePublished: string | null; dateModified: string; author: string | null; editor: string | null; publisher: string | null; sourceTitle: string };
  /** Set on condition pages. */
  condition?: { name: string; alternateNames: string[]; signs: string[]; treatments: string[]; anatomy: string[] };
}

type Thing = Record<string, unknown>;

/** The JSON-LD graph of a page. */
export function pageJsonLd(page: PageFacts, site: URL): Thing {
  const organization = { '@type': 'Organization', '@id': new URL('/#organization', site).href, name: SITE_NAME, url: site.href };
  const breadcrumbs = {
    '@type': 'BreadcrumbList',
    itemListElement: page.crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.label, item: crumb.url })),
  };
  const webPage: Thing = {
    '@type': page.medical ? 'MedicalWebPage' : 'WebPage',
    '@id': `${page.url}#webpage`,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: 'en-GB',
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: site.href },
    publisher: { '@id': organization['@id'] },
    ...(page.medical && {
      lastReviewed: page.medical.lastReviewed,
      medicalAudience: [{ '@type': 'MedicalAudience', audienceType: 'Patient' }, { '@type': 'MedicalAudience', audienceType: 'Clinician' }],
      about: page.medical.about.map((a) => ({ '@type': a.type, name: a.name })),
    }),
  };
  const graph: Thing[] = [organization, webPage, breadcrumbs];
  if (page.article) {
    const a = page.article;
    graph.push({
      '@type': 'Article',
      headline: a.headline,
      description: page.description,
      // Search engines want an absolute image address.
      image: new URL(a.image, site).href,
      ...(a.datePublished && { datePublished: a.datePublished }),
      dateModified: a.dateModified,
      author: a.author ? { '@type': 'Person', name: a.author } : { '@type': 'Organization', name: a.publisher ?? 'Unknown publisher' },
      ...(a.editor && { editor: { '@type': 'Person', name: a.editor } }),
      publisher: { '@id': organization['@id'] },
      isBasedOn: { '@type': 'CreativeWork', name: a.sourceTitle, ...(a.publisher && { publisher: { '@type': 'Organization', name: a.publisher } }) },
      mainEntityOfPage: { '@id': webPage['@id'] },
    });
  }
  if (page.condition) {
    const c = page.condition;
    graph.push({
      '@type': 'MedicalCondition',
      name: c.name,
      ...(c.alternateNames.length > 0 && { alternateName: c.alternateNames }),
      // An empty list says nothing true: a property with none is left out.
      ...(c.signs.length > 0 && { signOrSymptom: c.signs.map((name) => ({ '@type': 'MedicalSignOrSymptom', name })) }),
      ...(c.treatments.length > 0 && { possibleTreatment: c.treatments.map((name) => ({ '@type': 'MedicalTherapy', name })) }),
      ...(c.anatomy.length > 0 && { associatedAnatomy: c.anatomy.map((name) => ({ '@type': 'AnatomicalStructure', name })) }),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
