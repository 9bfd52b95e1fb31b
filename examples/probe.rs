fn main() {
    let s = waymark::load::load_site(std::path::Path::new(&std::env::args().nth(1).unwrap()));
    for d in &s.diagnostics {
        println!("{:?}", d);
    }
    for j in &s.journeys {
        for st in &j.value.stages {
            println!(
                "stage {:?} at {:?}",
                st.value.id.value,
                j.span(&st.value.id)
            );
            for a in &st.value.actions {
                println!(
                    "action {:?} {:?} persona {:?}",
                    a.value.0.text,
                    j.span(a),
                    a.value.0.persona.as_ref().map(|p| j.span(p))
                );
            }
            for (k, v) in &st.value.emotions.0 {
                println!(
                    "emo {} {} {:?} {:?}",
                    k.value,
                    v.value,
                    j.span(k),
                    j.span(v)
                );
            }
        }
    }
}
