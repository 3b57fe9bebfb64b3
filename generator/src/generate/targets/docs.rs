//! `generated/docs/`: a Markdown page per catalog, and an index.

use askama::Template;
use eventgen_catalog::reserved::DOCS_INDEX_PAGE;

use super::super::filters::templates as filters;
use super::super::view::CatalogView;
use super::super::{Comment, OutputFile, header};

/// The folder of this target under the output folder.
const DIR: &str = "docs";

#[derive(Template)]
#[template(path = "docs/index.md")]
struct Index<'a> {
    header: String,
    catalogs: &'a [CatalogView<'a>],
}

#[derive(Template)]
#[template(path = "docs/catalog.md")]
struct Page<'a> {
    header: String,
    catalog: &'a CatalogView<'a>,
}

pub(crate) fn files(catalogs: &[CatalogView]) -> Result<Vec<OutputFile>, askama::Error> {
    let index = Index {
        header: header(Comment::Html, "the specs in specs/"),
        catalogs,
    };
    let mut files = vec![file(&format!("{DOCS_INDEX_PAGE}.md"), index.render()?)];
    for catalog in catalogs {
        let page = Page {
            header: header(Comment::Html, catalog.spec_path),
            catalog,
        };
        files.push(file(&format!("{}.md", catalog.catalog.id), page.render()?));
    }
    Ok(files)
}

fn file(path: &str, contents: String) -> OutputFile {
    OutputFile {
        path: format!("{DIR}/{path}").into(),
        contents,
    }
}
