"""What a question asks: its type, the fact it expects, what it names, what evidence must hold; analysed once into a Query."""
